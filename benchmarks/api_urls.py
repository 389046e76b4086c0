"""factdb's URLs plus the practical limit the quotes API is measured against.

`bare_quotes` returns the same rows and fields as GET /api/v1/quotes/ (the same JSON, byte for
byte in its `results`) straight from `.values()` through orjson: no DRF, no serializer, no
pagination class, no content negotiation, no throttle, no ETag.
"""

from collections import defaultdict

import orjson
from django.db.models import F
from django.http import HttpResponse
from django.urls import include, path

from claims.api.lean import QUOTE_FIELDS, SOURCE_FIELDS  # the same rows, not the same code
from claims.models import Appearance, Quote


def bare_quotes(request):
    size = int(request.GET.get("page_size", 50))
    rows = list(
        Quote.objects.filter(status="verified").order_by("-id").values(*QUOTE_FIELDS)[:size]
    )
    appearances = defaultdict(list)
    for a in (
        Appearance.objects.filter(quote_id__in=[r["id"] for r in rows])
        .order_by(F("source__published_on").asc(nulls_last=True), "source_id", "start", "id")
        .values("quote_id", "wording", "start", "end", *SOURCE_FIELDS)
    ):
        outlet = a["source__outlet_id"]
        appearances[a["quote_id"]].append(
            {
                "source": {
                    "id": a["source_id"],
                    "title": a["source__title"],
                    "url": a["source__url"],
                    "outlet": outlet and {"id": outlet, "name": a["source__outlet__name"]},
                    "published_on": a["source__published_on"],
                },
                "wording": a["wording"],
                "start": a["start"],
                "end": a["end"],
            }
        )
    prefix = request.build_absolute_uri("/api/v1/quotes/")
    results = [
        {
            "id": r["id"],
            "text": r["text"],
            "partial": r["partial"],
            "speaker": r["speaker_id"]
            and {
                "id": r["speaker_id"],
                "name": r["speaker__name"],
                "kind": r["speaker__kind"],
                "wikidata_id": r["speaker__wikidata_id"],
            },
            "speaker_description": r["speaker_description"],
            "said_on": r["said_on"],
            "via": r["via"],
            "appearances": appearances.get(r["id"], []),
            "status": r["status"],
            "verified_at": r["reviewed_at"],
            "url": f"{prefix}{r['id']}/",
        }
        for r in rows
    ]
    body = orjson.dumps(
        {"next": None, "previous": None, "results": results}, option=orjson.OPT_UTC_Z
    )
    return HttpResponse(body, content_type="application/json")


urlpatterns = [path("bench/quotes/", bare_quotes), path("", include("factdb.urls"))]

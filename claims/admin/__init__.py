"""The reviewers' admin: speakers, quotes, claims, where they appeared and the evidence on them.

One module per concern: `review` (the pages and transitions quotes and claims share), `queue`
(quotes and claims together), `quotes` and `claims` (their changelists and pages), `evidence`
(evidence and appearances, and the evidence inline), `matches`, `speakers`, `corrections` (of
what verified items show of a speaker, source or outlet); `common` and `history` hold what they
share.
"""

from django.contrib import admin

from claims.admin import (  # noqa: F401 - registers
    claims,
    corrections,
    evidence,
    matches,
    proposals,
    quotes,
    speakers,
)

# The site's index leads with the review queue and how many items await review.
admin.site.index_template = "admin/claims/index.html"

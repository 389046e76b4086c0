from django.dispatch import Signal

# Sent inside the ingest transaction once a new Source is saved, with `source` and
# `published_on`. Receivers store what they derive from the text (the claims app stores the
# extracted quote and claim candidates) and return a dict of counts for the ingest summary,
# with under "warnings" a list of what could not be stored as found.
# An exception in a receiver rolls back the whole ingest of that source.
source_ingested = Signal()

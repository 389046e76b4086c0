"""The REST API of outlets and sources, and ingesting a document over HTTP."""

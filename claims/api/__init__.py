"""The public REST API of quotes, claims and speakers; shared API machinery lives here too."""

from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claims and quotes"

    def ready(self) -> None:
        from claims import locking, signals  # noqa: F401 - connects the ingest and re-anchoring receivers
        from factdb import published

        published.register(locking.shown_field_names, locking.is_shown_by_published)

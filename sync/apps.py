from django.apps import AppConfig


class SyncConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "sync"
    verbose_name = "Sync: changes feed and webhooks"

    def ready(self) -> None:
        from sync import receivers  # noqa: F401 - records changes of quotes and claims

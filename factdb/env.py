"""Read settings from the environment; a malformed value stops start-up with a clear message.

In the style of healthchecks' ``envbool``/``envint``: every helper names the variable it read
and what it expected, so an operator can fix the deployment without reading code.
"""

import os
from typing import Any

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def envstr(name: str, default: str = "") -> str:
    """The variable's value; unset and empty both mean the default."""
    value = os.environ.get(name, "")
    return value if value.strip() else default


def envbool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r} is not a boolean: set {name} to one of "
        f"{', '.join(sorted(TRUE_WORDS | FALSE_WORDS))}."
    )


def envint(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={raw!r} must be at least {minimum}.")
    return value


def envchoice(name: str, default: str, choices: list[str]) -> str:
    """One of `choices`, ignoring case."""
    value = envstr(name, default).strip().lower()
    if value not in choices:
        raise ImproperlyConfigured(f"{name}={value!r}: choose one of {', '.join(choices)}.")
    return value


def envlist(name: str, default: list[str]) -> list[str]:
    """A comma-separated list; blanks around items are ignored, empty items refused."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return list(default)
    items = [item.strip() for item in raw.split(",")]
    if any(not item for item in items):
        raise ImproperlyConfigured(
            f"{name}={raw!r} has an empty item: write a comma-separated list such as "
            f"'example.org,www.example.org'."
        )
    return items


def envsubset(name: str, default: list[str], choices: tuple[str, ...]) -> list[str]:
    """A comma-separated list of some of `choices`, ignoring case; 'none' for an empty list."""
    raw = os.environ.get(name)
    if raw is not None and raw.strip().lower() == "none":
        return []
    items = [item.lower() for item in envlist(name, default)]
    unknown = [item for item in items if item not in choices]
    if unknown:
        raise ImproperlyConfigured(
            f"{name}={raw!r}: {', '.join(map(repr, unknown))} is not one of {', '.join(choices)}."
        )
    return items


def envrate(name: str, default: str | None) -> str | None:
    """A DRF throttle rate such as '60/min'; 'off' or 'none' disables it."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"off", "none"}:
        return None
    count, _, period = value.partition("/")
    if not (count.isascii() and count.isdigit()) or not period or period[0] not in "smhd":
        raise ImproperlyConfigured(
            f"{name}={raw!r} is not a rate: write a number of requests per period such as "
            f"'60/min', '1000/hour' or '10000/day', or 'off'."
        )
    return value


def database_from_url(name: str, url: str, conn_max_age: int = 0) -> dict[str, Any]:
    """A DATABASES entry from a URL read from variable `name`: SQLite or PostgreSQL only."""
    import dj_database_url

    try:
        database: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=conn_max_age))
    except ValueError as exc:
        raise ImproperlyConfigured(
            f"{name}={url!r} is not a database URL ({exc}): write e.g. "
            "'postgres://user@127.0.0.1:5432/factdb' or 'sqlite:///path/to/factdb.sqlite3'."
        ) from None
    if database["ENGINE"] not in DATABASE_ENGINES:
        raise ImproperlyConfigured(f"{name}={url!r}: factdb supports SQLite and PostgreSQL only.")
    return database


DATABASE_ENGINES = {"django.db.backends.sqlite3", "django.db.backends.postgresql"}
CACHE_BACKENDS = {
    "locmem": "django.core.cache.backends.locmem.LocMemCache",
    "db": "django.core.cache.backends.db.DatabaseCache",
    "redis": "django.core.cache.backends.redis.RedisCache",
    "rediss": "django.core.cache.backends.redis.RedisCache",
    "dummy": "django.core.cache.backends.dummy.DummyCache",
}


def envcache(name: str) -> dict[str, Any]:
    """A CACHES entry from a URL: 'locmem://' (one process; the default), 'db://TABLE' (the
    database, shared by every process; `manage.py createcachetable` makes the table),
    'redis://HOST:PORT/DB' (Redis), 'dummy://' (no cache)."""
    raw = envstr(name, "locmem://").strip()
    scheme, sep, rest = raw.partition("://")
    backend = CACHE_BACKENDS.get(scheme.lower())
    if not sep or backend is None:
        raise ImproperlyConfigured(
            f"{name}={raw!r} is not a cache URL: write 'locmem://', 'db://factdb_cache', "
            "'redis://127.0.0.1:6379/0' or 'dummy://'."
        )
    if scheme.lower() == "db":
        table = rest.strip("/")
        if not table.isidentifier():
            raise ImproperlyConfigured(
                f"{name}={raw!r}: name the cache table after 'db://', e.g. 'db://factdb_cache'."
            )
        return {"BACKEND": backend, "LOCATION": table}
    if scheme.lower().startswith("redis"):
        if not rest.strip("/"):
            raise ImproperlyConfigured(
                f"{name}={raw!r}: give Redis's address, e.g. 'redis://127.0.0.1:6379/0'."
            )
        return {"BACKEND": backend, "LOCATION": raw}
    return {"BACKEND": backend, "LOCATION": rest or "factdb"}


def envpair(name: str) -> tuple[str, str] | None:
    """Two comma-separated words, such as a header and its value: 'HTTP_X_FORWARDED_PROTO,https'."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return None
    items = [item.strip() for item in raw.split(",")]
    if len(items) != 2 or not all(items):
        raise ImproperlyConfigured(
            f"{name}={raw!r} is not a pair: write the header and its value separated by a comma, "
            "such as 'HTTP_X_FORWARDED_PROTO,https'."
        )
    return items[0], items[1]

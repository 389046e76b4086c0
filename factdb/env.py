"""Read settings from the environment; a malformed value stops start-up with a clear message.

In the style of healthchecks' ``envbool``/``envint``: every helper names the variable it read
and what it expected, so an operator can fix the deployment without reading code.
"""

import os

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


def envrate(name: str, default: str | None) -> str | None:
    """A DRF throttle rate such as '60/min'; 'off' or 'none' disables it."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"off", "none"}:
        return None
    count, _, period = value.partition("/")
    if not count.isdigit() or not period or period[0] not in "smhd":
        raise ImproperlyConfigured(
            f"{name}={raw!r} is not a rate: write a number of requests per period such as "
            f"'60/min', '1000/hour' or '10000/day', or 'off'."
        )
    return value


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

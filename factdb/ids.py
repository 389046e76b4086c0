"""Row ids read from user input (query strings, posted forms)."""

MAX_ID = 2**63 - 1  # the largest value a BigAutoField holds on PostgreSQL and SQLite


def parse_id(value: str) -> int | None:
    """'12' → 12. Anything else → None: signs, spaces inside, non-ASCII digits such as '²' or '٣'
    (str.isdigit() accepts them, int() does not or reads them differently) and numbers too large to
    be an id."""
    value = value.strip()
    if not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    return number if number <= MAX_ID else None

"""Settings for `benchmarks/api.py`: factdb's own, plus the bare comparison view's URL."""

from factdb.settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.api_urls"

"""The published world of the API tests, seen through the public pages."""

from tests.api.conftest import _fresh_throttle, world  # noqa: F401 - fixtures

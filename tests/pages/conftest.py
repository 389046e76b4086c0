"""The published world of the API tests, and the extreme-numbers ingest, seen through the public
pages."""

from tests.api.conftest import _fresh_throttle, world  # noqa: F401 - fixtures
from tests.test_every_value_renders import adversarial  # noqa: F401 - fixture

import pytest

from tests.admin.scenes import the_85_claim


@pytest.fixture
def scene(db):
    """The 85% claim, its two appearances, a quote and a district count to cite."""
    return the_85_claim()

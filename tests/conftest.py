import pytest


@pytest.fixture(autouse=True)
def private_store(tmp_path, monkeypatch):
    """No test touches the user's real store: DATELINE_STORE points into the test's own folder."""
    monkeypatch.setenv("DATELINE_STORE", str(tmp_path / "default-store"))

"""Where the store lives: --store PATH, else $DATELINE_STORE, else the user data folder."""
from __future__ import annotations

import os
from pathlib import Path


def resolve_store_path(option: str | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    env = os.environ.get("DATELINE_STORE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir
    return Path(user_data_dir("dateline", appauthor=False)) / "store"

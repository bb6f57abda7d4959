"""One writer per store: an advisory lock on STORE/lock, held for as long as the store is open.

The lock dies with its process (a crash or SIGKILL never leaves a stale lock behind), which is why
it is an flock and not a lock file whose mere existence means "taken".
"""
from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None


class WriterLock:
    def __init__(self, folder: Path):
        self.path = folder / "lock"
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True if we are now the writer; False if another process is."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def still_held(self) -> bool:
        """Whether STORE/lock is still the file we locked: deleting it (or putting another in its
        place) hands the lock to the next dateline that opens the store, while we hold a dead one."""
        if self._fd is None:
            return False
        try:
            on_disk = os.stat(self.path)
        except OSError:
            return False
        mine = os.fstat(self._fd)
        return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)

    def holder(self) -> str:
        try:
            pid = self.path.read_text().strip()
        except OSError:
            return "another dateline"
        return f"another dateline (pid {pid})" if pid.isdigit() else "another dateline"

    def release(self) -> None:
        if self._fd is not None:
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

"""Where an export may be written: a regular file, never a device, a FIFO, a folder or an article.

`-o PATH` and the reader's export replace a regular file atomically (a crash leaves the old or the
new file, never half of one). What is at PATH decides how:
- nothing: a new file, with the permissions the user's umask gives;
- a regular file: replaced, keeping its permissions;
- a symbolic link: its target is written (followed to the end), the link itself stays;
- a file with other hard links: rewritten in place, so every name sees the export;
- a device, a FIFO, a socket, a folder, or one of the articles being read: refused in one line.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .atomic import atomic_write_text


class RefusedOutput(Exception):
    """str(e) is the one line the user sees; nothing was written."""


def output_target(path: Path, articles: list[str] = ()) -> Path:
    """The file that writing to path will replace, or RefusedOutput."""
    try:
        target = Path(os.path.realpath(path, strict=False))
    except OSError as e:  # a symlink loop
        raise RefusedOutput(f"{path}: cannot follow it ({e.strerror or e})") from None
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise RefusedOutput(f"{path}: cannot write there ({e.strerror or e})") from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise RefusedOutput(f"{path} is a folder; name a file to write the timeline to")
        if not stat.S_ISREG(st.st_mode):
            kind = ("a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                    "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else
                    "not a regular file")
            raise RefusedOutput(f"{path} is {kind}; dateline writes exports only to regular files")
        for article in articles:
            try:
                if os.path.samefile(article, target):
                    raise RefusedOutput(f"{path} is one of the articles being read; choose another file")
            except OSError:
                continue
    elif not target.parent.is_dir():
        raise RefusedOutput(f"{path}: the folder {target.parent} does not exist")
    return target


def write_export(path: Path, text: str, articles: list[str] = ()) -> Path:
    """Write text to path as described above; returns the file written. RefusedOutput for what
    must not be written, OSError when the disk says no."""
    target = output_target(path, articles)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None and st.st_nlink > 1:
        # replacing would cut this name off from its other links: write through instead
        with open(target, "r+b") as fh:
            fh.truncate(0)
            fh.write(text.encode("utf-8"))
            fh.flush()
            os.fsync(fh.fileno())
        return target
    if st is not None:
        mode = stat.S_IMODE(st.st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    atomic_write_text(target, text, mode=mode)
    return target

"""Writing reports: atomically to files (never a half-written report), or to stdout."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the whole new one."""
    handle = AtomicFile(path)
    try:
        handle.write(text)
        handle.commit()
    except BaseException:
        # Ctrl-C or a full disk: leave nothing half-written behind.
        handle.discard()
        raise


def _mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_stdout(text: str) -> None:
    """Write to standard output; a reader that went away (``| head``) is not an error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The command still exits with its own code.
        silence_stdout()


def silence_stdout() -> None:
    """Point stdout at /dev/null after EPIPE, so the interpreter's final flush is quiet too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


class AtomicFile:
    """A report written in pieces that appears whole at ``commit()``, or not at all."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._tmp: str | None = None
        if path.exists() and not path.is_file():
            # /dev/null, /dev/stdout, a FIFO: a stream, not a file to replace. Renaming
            # over it would swap a device node for a regular file.
            self._handle = path.open("w", encoding="utf-8", newline="")
            return
        directory = path.parent if str(path.parent) else Path(".")
        directory.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        # mkstemp creates the file private (0600); a report gets the mode of the file
        # it replaces, or what the umask gives a new file, as a plain open() would.
        os.fchmod(fd, _mode(path))
        self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, text: str) -> None:
        self._handle.write(text)

    def commit(self) -> None:
        self._handle.flush()
        if self._tmp is None:
            self._handle.close()
            return
        os.fsync(self._handle.fileno())
        self._handle.close()
        os.replace(self._tmp, self.path)

    def discard(self) -> None:
        self._handle.close()
        if self._tmp is not None:
            Path(self._tmp).unlink(missing_ok=True)

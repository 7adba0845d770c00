"""A real Chroma server for tests and bench/: `chroma run` from the installed chromadb, on a free loopback port.

One server per test session (the `chroma_server` fixture in tests/conftest.py); each test takes a database of
its own on it (`ChromaServer.url_for`), as separate installations sharing one server would.
"""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

_databases = itertools.count(1)


def chroma_command() -> str | None:
    """The `chroma` CLI beside this interpreter (the venv's), or on PATH."""
    beside = Path(sys.executable).with_name("chroma")
    return str(beside) if beside.exists() else shutil.which("chroma")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ChromaUnavailable(RuntimeError):
    """`chroma run` could not be started; the message says why (tests skip with it)."""


class ChromaServer:
    def __init__(self, path: Path | None = None, port: int | None = None) -> None:
        self._tmp = None if path else tempfile.TemporaryDirectory(prefix="chroma-server-")
        self.path = path or Path(self._tmp.name) / "db"  # type: ignore[union-attr]
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None
        self.log = self.path.parent / f"chroma-{self.port}.log"

    @property
    def url(self) -> str:
        """Pass as JOURNEY_CHROMA_URL (the server's default database)."""
        return f"http://127.0.0.1:{self.port}"

    def url_for(self, name: str = "t") -> str:
        """A URL naming a fresh database on this server (created by the first client that opens it)."""
        return f"{self.url}/{name}_{os.getpid()}_{next(_databases)}"

    def heartbeat(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/api/v2/heartbeat", timeout=1) as response:
                return response.status == 200
        except OSError:
            return False

    def start(self, timeout: float = 30.0) -> ChromaServer:
        command = chroma_command()
        if command is None:
            raise ChromaUnavailable("no `chroma` command beside the Python interpreter or on PATH (chromadb "
                                    "not installed?)")
        self.path.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        with self.log.open("ab") as out:
            self.process = subprocess.Popen([command, "run", "--path", str(self.path), "--host", "127.0.0.1",
                                             "--port", str(self.port)], env=env, stdout=out,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while not self.heartbeat():
            if self.process.poll() is not None or time.monotonic() > deadline:
                tail = self.log.read_text(errors="replace")[-600:].strip()
                self.stop()
                raise ChromaUnavailable(f"`chroma run` did not answer its heartbeat on port {self.port}: {tail}")
            time.sleep(0.1)
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> ChromaServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

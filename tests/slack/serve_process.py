"""`journey serve --http` in a process of its own, against the fake Web API (shared by tests and bench/)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from fake_slack_api import FakeSlackApi
from slack_requests import SIGNING_SECRET, SlackSender

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ServeProcess:
    def __init__(self, data_dir: Path, api: FakeSlackApi, port: int | None = None, **settings: str) -> None:
        self.data_dir, self.api = data_dir, api
        self.port = port or free_port()
        self.env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-proc", "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                    "SLACK_API_URL": api.url, "JOURNEY_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1",
                    "ANONYMIZED_TELEMETRY": "False", "TOKENIZERS_PARALLELISM": "false",
                    "PYTHONPATH": str(ROOT), **settings}
        self.env.pop("SLACK_APP_TOKEN", None)
        self.output = data_dir.parent / f"serve-{self.port}.out"
        self.process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def slack(self) -> SlackSender:
        return SlackSender(self.base + "/slack/events", SIGNING_SECRET, self.api)

    def start(self) -> ServeProcess:
        command = [sys.executable, "-c", "from bot.cli import main; main()", "serve", "--http", "--host",
                   "127.0.0.1", "--port", str(self.port)]
        with self.output.open("ab") as out:
            self.process = subprocess.Popen(command, cwd=self.data_dir.parent, env=self.env, stdout=out,
                                            stderr=subprocess.STDOUT)
        return self

    def wait_listening(self, timeout: float = 120.0) -> float:
        """Poll until the port accepts a connection (as Slack's first retry would); returns seconds waited."""
        started = time.monotonic()
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return time.monotonic() - started
            except OSError:
                assert self.process is not None and self.process.poll() is None, self.output.read_text()
                assert time.monotonic() - started < timeout, "the server did not come up"
                time.sleep(0.02)

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(self.base + "/readyz", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def kill(self) -> None:
        """kill -9: no clean-up, no finishing what is in flight."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> int:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def log_text(self) -> str:
        path = self.data_dir / "journey-serve.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

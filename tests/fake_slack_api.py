"""A small fake of Slack's Web API (and of response_url endpoints) for tests and the benchmark.

Binds 127.0.0.1 on a free port, records every call (method, merged params, headers), and answers
ok:true with plausible payloads. It can be told to answer the next calls of a method with 429 +
Retry-After, or with a 500, to exercise the client's retry handlers.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

BOT_USER_ID, BOT_ID, TEAM_ID = "UBOT", "BBOT", "T0001"
JSON_FIELDS = ("blocks", "view", "prompts", "attachments", "metadata", "chunks", "loading_messages")
RESPONSE_URL = "response_url"  # the pseudo-method name calls to /respond/... are recorded under
UPLOAD = "file_upload"  # ...and uploads of file bytes to the URL files.getUploadURLExternal handed out


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    path: str = ""
    at: float = field(default_factory=time.monotonic)
    status: int = 200  # what the fake answered

    @property
    def token(self) -> str | None:
        auth = self.headers.get("authorization", "")
        return auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else self.params.get("token")


class FakeSlackApi:
    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency  # seconds added to every answer, to imitate a real network
        self.calls: list[Call] = []
        self._failures: dict[str, list[tuple[int, int]]] = {}
        self._overrides: dict[str, dict[str, Any]] = {}
        self._every: dict[str, tuple[int, int, int]] = {}  # method -> (every, status, retry_after)
        self._counts: dict[str, int] = {}
        self._delays: dict[str, float] = {}
        self._down: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # --- lifecycle --------------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """Pass as SLACK_API_URL."""
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"http://127.0.0.1:{self.port}/respond/{name}"

    def start(self) -> FakeSlackApi:
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-slack", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeSlackApi:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # --- behaviour and inspection -----------------------------------------------------------------------

    def fail_next(self, method: str, status: int = 429, retry_after: int = 1, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with `status` (429 carries Retry-After)."""
        with self._lock:
            self._failures.setdefault(method, []).extend([(status, retry_after)] * times)

    def fail_every(self, method: str, every: int = 2, status: int = 429, retry_after: int = 1) -> None:
        """From now on, answer every `every`-th call of `method` with `status` (the 1st, 3rd, ... for 2)."""
        with self._lock:
            self._every[method] = (every, status, retry_after)
            self._counts[method] = 0

    def fail_for(self, method: str, seconds: float, status: int = 503) -> None:
        """Answer every call of `method` in the next `seconds` with `status` (Slack having a bad moment)."""
        with self._lock:
            self._down[method] = (time.monotonic() + seconds, status)

    def delay(self, method: str, seconds: float) -> None:
        """Hold every later call of `method` for `seconds` before answering (0 to stop)."""
        with self._lock:
            self._delays[method] = seconds

    def override(self, method: str, payload: dict[str, Any]) -> None:
        """Answer every later call of `method` with `payload` (e.g. {"ok": False, "error": "invalid_auth"})."""
        with self._lock:
            self._overrides[method] = payload

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self._failures.clear()
            self._overrides.clear()
            self._every.clear()
            self._delays.clear()
            self._down.clear()

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def streamed_text(self) -> str:
        """The markdown text sent through chat.startStream / appendStream / stopStream, in order."""
        parts = []
        for call in self.calls_to("chat.startStream") + self.calls_to("chat.appendStream") + \
                self.calls_to("chat.stopStream"):
            parts.append((call.at, (call.params.get("markdown_text") or "") + "".join(
                chunk.get("text", "") for chunk in call.params.get("chunks") or []
                if isinstance(chunk, dict) and chunk.get("type") == "markdown_text")))
        return "".join(text for _at, text in sorted(parts, key=lambda p: p[0]))

    def methods(self) -> list[str]:
        with self._lock:
            return [c.method for c in self.calls]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0,
                 where: Callable[[Call], bool] | None = None) -> list[Call]:
        """Poll until `count` matching calls were recorded; raise AssertionError at the deadline."""
        deadline = time.monotonic() + timeout
        while True:
            found = [c for c in self.calls_to(method) if where is None or where(c)]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"expected {count} call(s) to {method}, got {len(found)}: {self.methods()}")
            time.sleep(0.01)

    # --- answers ----------------------------------------------------------------------------------------

    def _next_ts(self) -> str:
        return f"{1_700_000_000 + next(self._ts)}.000100"

    def _payload(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"url": "https://fake.slack.test/", "team": "Fake", "user": "journey", "team_id": TEAM_ID,
                    "user_id": BOT_USER_ID, "bot_id": BOT_ID, "is_enterprise_install": False}
        if method in ("chat.postMessage", "chat.update"):
            ts = params.get("ts") or self._next_ts()
            return {"channel": params.get("channel"), "ts": ts,
                    "message": {"type": "message", "text": params.get("text", ""), "ts": ts, "bot_id": BOT_ID,
                                "user": BOT_USER_ID, "thread_ts": params.get("thread_ts")}}
        if method == "chat.startStream":  # a streamed message: appended to, then stopped, by its ts
            return {"channel": params.get("channel"), "ts": self._next_ts()}
        if method in ("chat.appendStream", "chat.stopStream"):
            return {"channel": params.get("channel"), "ts": params.get("ts")}
        if method == "chat.postEphemeral":
            return {"message_ts": self._next_ts()}
        if method in ("views.publish", "views.open", "views.update"):
            view = params.get("view") if isinstance(params.get("view"), dict) else {}
            return {"view": {"id": f"V{next(self._ts)}", **view}}
        if method == "conversations.replies":
            return {"messages": [], "has_more": False}
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts)}"
            return {"upload_url": f"http://127.0.0.1:{self.port}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = params.get("files")
            files = json.loads(files) if isinstance(files, str) else files or []
            return {"files": [{"id": f.get("id"), "title": f.get("title")} for f in files]}
        if method == "conversations.open":
            return {"channel": {"id": f"D{params.get('users', 'U0')}"}}
        if method == "apps.connections.open":
            return {"url": f"ws://127.0.0.1:{self.port}/socket"}
        return {}

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - the http.server naming
                parts = urlsplit(self.path)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if parts.path.startswith("/upload/"):  # files_upload_v2's second step: the bytes themselves
                    with fake._lock:
                        fake.calls.append(Call(UPLOAD, {"file_id": parts.path.rsplit("/", 1)[-1], "content": raw},
                                               {k.lower(): v for k, v in self.headers.items()}, parts.path))
                    self._send(200, None)
                    return
                params = dict(parse_qsl(parts.query))
                content_type = self.headers.get("Content-Type", "")
                if "json" in content_type and raw:
                    params.update(json.loads(raw))
                elif raw:
                    params.update(parse_qsl(raw.decode("utf-8")))
                for name in JSON_FIELDS:
                    if isinstance(params.get(name), str):
                        with contextlib.suppress(ValueError):
                            params[name] = json.loads(params[name])
                is_response_url = parts.path.startswith("/respond/")
                method = RESPONSE_URL if is_response_url else parts.path.removeprefix("/api/")
                headers = {k.lower(): v for k, v in self.headers.items()}
                with fake._lock:
                    call = Call(method, params, headers, parts.path)
                    fake.calls.append(call)
                    failures = fake._failures.get(method)
                    failure = failures.pop(0) if failures else None
                    down_until, down_status = fake._down.get(method, (0.0, 0))
                    if failure is None and time.monotonic() < down_until:
                        failure = (down_status, 1)
                    override = fake._overrides.get(method)
                    if failure is None and method in fake._every:
                        every, status, retry_after = fake._every[method]
                        fake._counts[method] += 1
                        if fake._counts[method] % every == 1 % every:
                            failure = (status, retry_after)
                    delay = fake.latency + fake._delays.get(method, 0.0)
                    if failure is not None:
                        call.status = failure[0]
                if delay:
                    time.sleep(delay)
                if failure is not None:
                    status, retry_after = failure
                    self._send(status, {"ok": False, "error": "ratelimited" if status == 429 else "fatal_error"},
                               {"Retry-After": str(retry_after)} if status == 429 else {})
                elif is_response_url:
                    self._send(200, None)
                elif override is not None:
                    self._send(200, override)
                else:
                    self._send(200, {"ok": True, **fake._payload(method, params)})

            def _send(self, status: int, body: dict | None, headers: dict[str, str] | None = None) -> None:
                data = b"ok" if body is None else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/plain" if body is None else "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the caller was killed
                    self.wfile.write(data)

        return Handler

"""A local OpenAI-compatible chat-completions server (loopback, free port), so langchain-openai's real HTTP
path runs in tests: JSON replies, and server-sent events when the request streams.

`replies` are answered in turn (the last one repeats); every request body is recorded. `hang` makes the
server wait that long before answering, `fail` answers HTTP 500.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeOpenAI:
    def __init__(self, replies: list[str] | None = None) -> None:
        self.replies = list(replies or ["(no reply scripted)"])
        self.requests: list[dict[str, Any]] = []
        self.hang = 0.0
        self.fail = False
        self.chunk_delay = 0.0
        self._released = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True

    @property
    def base_url(self) -> str:
        """Pass as OPENAI_BASE_URL."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._released.set()  # let hanging requests go
        self._server.shutdown()
        self._server.server_close()

    def prompt(self, index: int = -1) -> str:
        """All message contents of one recorded request, joined."""
        return "\n".join(str(m.get("content")) for m in self.requests[index]["messages"])

    def _next_reply(self) -> str:
        with self._lock:
            return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
                    self._answer()

            def _answer(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                with fake._lock:
                    fake.requests.append(body)
                if fake.hang:
                    fake._released.wait(fake.hang)
                if fake.fail:
                    return self._json(500, {"error": {"message": "the model is on fire", "type": "server_error"}})
                reply = fake._next_reply()
                if body.get("stream"):
                    return self._stream(body.get("model", "m"), reply)
                self._json(200, {"id": "chatcmpl-1", "object": "chat.completion", "created": int(time.time()),
                                 "model": body.get("model", "m"),
                                 "choices": [{"index": 0, "finish_reason": "stop",
                                              "message": {"role": "assistant", "content": reply}}],
                                 "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})

            def _json(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, model: str, reply: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                words = reply.split(" ")
                pieces = [w + (" " if i < len(words) - 1 else "") for i, w in enumerate(words)]
                deltas = [{"role": "assistant", "content": ""}] + [{"content": p} for p in pieces] + [{}]
                for i, delta in enumerate(deltas):
                    chunk = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": int(time.time()),
                             "model": model, "choices": [{"index": 0, "delta": delta,
                                                          "finish_reason": "stop" if i == len(deltas) - 1 else None}]}
                    self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
                    self.wfile.flush()
                    if fake.chunk_delay:
                        time.sleep(fake.chunk_delay)
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
                self.close_connection = True

        return Handler

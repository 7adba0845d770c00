"""Stopping the HTTP server never depends on its wake-up pipe: a stop that wrote to an already-closed pipe
raised EBADF in a fixture's teardown."""

from __future__ import annotations

import os
import socket

from slack_harness import TrackingExecutor

from bot.slack.app import create_app
from bot.slack.server import HttpServer


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_stop_closes_the_server_even_when_the_wake_up_pipe_is_gone(slack_settings, bot):
    server = HttpServer(create_app(slack_settings, bot.core, executor=TrackingExecutor()), host="127.0.0.1",
                        port=0, asyncore_loop_timeout=0.05).start()
    port = server.port
    assert _listening(port)
    trigger = server._server.trigger
    for fd in trigger._fds:  # what the failing teardown met: the pipe closed under the server
        os.close(fd)
    trigger._fds = []
    server.stop()
    assert not server._thread.is_alive()
    assert not _listening(port)

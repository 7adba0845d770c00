"""`journey serve`: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on /slack/events.

HTTP runs the bolt app behind waitress, a threaded WSGI server, so acks are not queued behind each other
(bolt's `app.start()` is a single-threaded development server). In front of bolt, bot/slack/verify.py
checks size and signature on the raw bytes. The store, index and model are opened (and one answer produced)
before the server accepts a request, and expired leases are resumed from then on (bot/slack/work.py).
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Iterable
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

import waitress
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.error import BoltError
from waitress import wasyncore

from bot.logs import request_scope
from bot.slack.app import LISTENER_THREADS, create_app, make_work
from bot.slack.readiness import Readiness, SlackReachability, warm_up
from bot.slack.services import JourneyServices
from bot.slack.verify import VerifiedRequests, respond
from bot.slack.work import Work
from journeys.errors import SettingsError
from journeys.settings import Settings

EVENTS_PATH = "/slack/events"
DEFAULT_MAX_BODY = 1_048_576  # JOURNEY_SLACK_MAX_BODY_BYTES
HTTP_THREADS = 32  # acks are quick; enough threads that a burst of deliveries never queues
log = logging.getLogger("journey.slack")


class HttpServer:
    """The bolt app on a waitress server: POST /slack/events, GET /healthz and /readyz. Port 0: a free port.

    Requests to /slack/events pass VerifiedRequests (signature and size on the raw bytes) before bolt.
    """

    def __init__(self, app: App, host: str = "0.0.0.0", port: int = 3000, threads: int = HTTP_THREADS, *,
                 signing_secret: str | None = None, max_body_bytes: int = DEFAULT_MAX_BODY,
                 readiness: Readiness | None = None, **waitress_options: Any) -> None:
        secret = signing_secret if signing_secret is not None else getattr(app, "_signing_secret", "")
        self._slack = VerifiedRequests(SlackRequestHandler(app, path=EVENTS_PATH), secret, max_body_bytes)
        self.readiness = readiness
        waitress_options.setdefault("max_request_body_size", max(4 * max_body_bytes, 4 * DEFAULT_MAX_BODY))
        self._server = waitress.create_server(self._wsgi, host=host, port=port, threads=threads,
                                              ident="journey-assistant", clear_untrusted_proxy_headers=True,
                                              **waitress_options)
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def host(self) -> str:
        return str(self._server.effective_host)  # type: ignore[union-attr]

    @property
    def port(self) -> int:
        return int(self._server.effective_port)  # type: ignore[union-attr]

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        return f"http://{host}:{self.port}{EVENTS_PATH}"

    def _wsgi(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        path = environ.get("PATH_INFO")
        if path in ("/healthz", "/readyz"):
            if self.readiness is None:
                good, text = True, "ok" if path == "/healthz" else "ready"
            else:
                good, text = self.readiness.alive() if path == "/healthz" else self.readiness.ready()
            return respond(start_response, "200 OK" if good else "503 Service Unavailable", text)
        if path != EVENTS_PATH or environ.get("REQUEST_METHOD") != "POST":
            return respond(start_response, "404 Not Found", "not found")
        with request_scope():  # every line logged while Slack's request is handled carries one id
            return self._slack(environ, start_response)

    def serve_forever(self) -> None:
        self._server.run()

    def start(self) -> HttpServer:
        """Serve on a background thread (tests, the benchmark) until `stop()`."""
        self._thread = threading.Thread(target=self._serve_until_stopped, name="slack-http", daemon=True)
        self._thread.start()
        return self

    def _serve_until_stopped(self) -> None:
        # The loop thread closes its own sockets once asked to stop: closing them from another thread under a
        # running select() raises EBADF, and a stop that depended on the wake-up pipe failed when that pipe
        # was already gone. The pipe only shortens the wait; the loop timeout bounds it.
        server: Any = self._server
        try:
            while not self._stopping.is_set() and server._map:
                wasyncore.loop(timeout=server.adj.asyncore_loop_timeout, map=server._map,
                               use_poll=server.adj.asyncore_use_poll, count=1)
        finally:
            wasyncore.close_all(server._map, ignore_all=True)

    def stop(self) -> None:
        server: Any = self._server
        if self._thread is not None and self._thread.is_alive():
            self._stopping.set()
            with contextlib.suppress(OSError):  # the wake-up pipe is already closed: the timeout wakes it
                server.trigger.pull_trigger()
            self._thread.join(timeout=5)
        else:
            server.close()
        server.task_dispatcher.shutdown()


def check_settings(settings: Settings, http: bool) -> None:
    """Stop with one line naming the missing setting (INTERFACES.md)."""
    if not settings.slack_bot_token:
        raise SettingsError("SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-...) from the "
                            "Slack app's OAuth & Permissions page")
    if (http or not settings.slack_app_token) and not settings.slack_signing_secret:
        raise SettingsError("SLACK_SIGNING_SECRET is not set: HTTP mode needs it to verify Slack's requests "
                            "(Basic Information > App Credentials); or set SLACK_APP_TOKEN for Socket Mode")


def build_app(settings: Settings, services: JourneyServices, executor: Executor | None = None,
              work: Work | None = None) -> App:
    try:
        return create_app(settings, services, executor=executor, work=work)
    except BoltError as exc:
        raise SettingsError(f"SLACK_BOT_TOKEN: Slack did not accept it ({exc})") from None
    except OSError as exc:  # URLError and friends: the Web API is unreachable
        raise SettingsError(f"SLACK_API_URL: cannot reach {settings.slack_api_url} ({exc})") from None


def slack_reachability(settings: Settings) -> SlackReachability:
    """`api.test` with a short timeout and no retries: /healthz must answer quickly whatever Slack does."""
    from slack_sdk import WebClient

    client = WebClient(base_url=settings.slack_api_url, timeout=3)
    return SlackReachability(client.api_test)


def socket_mode_handler(app: App, app_token: str):  # type: ignore[no-untyped-def]
    """Socket Mode over the app's own client, so apps.connections.open also goes to SLACK_API_URL."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    return SocketModeHandler(app, app_token=app_token, web_client=app.client, concurrency=HTTP_THREADS)


def _interrupt(_signal: int, _frame: object) -> None:
    raise KeyboardInterrupt


def serve(settings: Settings, core: JourneyServices, http: bool = False, port: int = 3000,
          host: str = "0.0.0.0") -> None:
    """Run the Slack bot until interrupted: Socket Mode if SLACK_APP_TOKEN is set (unless `http`), else HTTP.

    First the store, index and model are opened and one answer produced; only then are requests taken, and
    leases a dead worker left are resumed. On Ctrl-C or SIGTERM (`docker stop`) it stops taking requests and
    finishes the answers already acked: Slack will not send those again.
    """
    check_settings(settings, http)
    executor = ThreadPoolExecutor(LISTENER_THREADS, thread_name_prefix="slack-listener")
    work = make_work(settings, core)
    app = build_app(settings, core, executor, work)
    readiness = Readiness(core, slack_reachability(settings))
    log.info("opening the store, the index and the model")
    log.info("ready to answer (warm-up took %.1f s)", warm_up(core))
    readiness.state = "ready"
    work.start(executor)
    from bot.scheduler import start_scheduler

    scheduler = start_scheduler(settings, core, app.client)  # scheduled summaries and alerts
    with contextlib.suppress(ValueError):  # only the main thread may set signal handlers
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        if settings.slack_app_token and not http:
            log.info("connecting to Slack in Socket Mode via %s", settings.slack_api_url)
            handler = socket_mode_handler(app, settings.slack_app_token)
            try:
                handler.start()
            finally:
                handler.close()
        else:
            server = HttpServer(app, host=host, port=port, signing_secret=settings.slack_signing_secret or "",
                                max_body_bytes=settings.slack_max_body_bytes, readiness=readiness)
            log.info("listening for Slack on http://%s:%s%s", server.host, server.port, EVENTS_PATH)
            server.serve_forever()  # returns on KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    finally:
        readiness.state = "stopping"
        log.info("stopping: finishing the answers in flight")
        work.stop_resuming()
        if scheduler is not None:
            scheduler.stop()
        executor.shutdown(wait=True)
        work.stop()

"""The bolt App: Web API client, signature checks, listeners. The same app serves HTTP and Socket Mode."""

from __future__ import annotations

import logging
import os
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import timedelta

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient

from bot.slack import commands, listeners, map_upload
from bot.slack.client import make_web_client
from bot.slack.failures import log
from bot.slack.keys import request_work
from bot.slack.services import JourneyServices, LimitedAnswers
from bot.slack.work import Work
from journeys.settings import Settings

LISTENER_THREADS = 32  # listeners running after their ack; answers among them also wait for an answer slot


def make_work(settings: Settings, services: JourneyServices) -> Work:
    """Leased work over the services' lease store; `serve` starts its resumer once the bot is ready."""
    return Work(services.leases, timedelta(minutes=settings.slack_resume_minutes))


def create_app(settings: Settings, services: JourneyServices, *, client: WebClient | None = None,
               token_verification_enabled: bool = True, executor: Executor | None = None,
               answer_slots: int | None = None, work: Work | None = None) -> App:
    """A bolt App whose every Web API call goes to SLACK_API_URL, retried until JOURNEY_SLACK_RETRY_SECONDS.

    With `token_verification_enabled`, auth.test runs now, so a bad token fails at start-up. Every piece of
    work is leased before its ack (bot/slack/work.py); `work.start()` resumes what a dead worker left.
    """
    app = App(
        name="journey-assistant",
        client=client or make_web_client(settings),
        signing_secret=settings.slack_signing_secret or "",
        token_verification_enabled=token_verification_enabled,
        process_before_response=False,  # ack first, then run the listener on the executor
        listener_executor=executor or ThreadPoolExecutor(LISTENER_THREADS, thread_name_prefix="slack-listener"),
        logger=logging.getLogger("journey.slack.bolt"),
    )
    work = work or make_work(settings, services)
    services = LimitedAnswers(services, answer_slots or max(2, os.cpu_count() or 2))  # type: ignore[assignment]
    app.use(work.middleware(request_work))
    listeners.register_events(app, services, work)
    listeners.register_actions(app, services, work, settings.slack_retry_seconds)
    commands.register(app, services, work, settings.slack_retry_seconds)
    map_upload.register(app, services)

    @app.error
    def on_error(error: Exception, body: dict) -> BoltResponse | None:
        # Listeners catch their own failures; this logs what escapes them (and bolt's own errors).
        kind = body.get("type") or body.get("command") if isinstance(body, dict) else None
        log.error("unhandled error for a %s request", kind, exc_info=error)
        return None

    return app

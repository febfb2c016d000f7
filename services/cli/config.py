"""`aidledger config`: the settings in force, where each came from, secrets masked.

What the operator checks first when a deployment behaves oddly ("which database is this?"),
safe to paste in an issue: a password in a URL and any setting named like a secret are masked.
"""

import re
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from shared.config import Settings, get_settings
from shared.formatting import dumps
from shared.secrets import MASK, mask_url

# Settings whose whole value is a secret (none today; a future token or password is covered).
_SECRET_NAME = re.compile(r"password|secret|token", re.IGNORECASE)


class ConfigFormat(StrEnum):
    env = "env"  # AIDLEDGER_NAME=value lines, as an .env file has them
    jsonl = "jsonl"  # one object a setting: setting, value, source


def masked_value(name: str, value: Any) -> str:
    if value is None:
        return ""
    if _SECRET_NAME.search(name):
        return MASK
    text = str(value)
    return mask_url(text) if "://" in text or "=" in text else text


def settings_rows(settings: Settings) -> list[dict[str, str]]:
    """One row per setting: its variable, its value (masked) and whether the environment set it."""
    given = settings.model_fields_set
    return [
        {
            "setting": f"AIDLEDGER_{name.upper()}",
            "value": masked_value(name, value),
            "source": "environment" if name in given else "default",
        }
        for name, value in settings.model_dump().items()
    ]


def config(
    fmt: Annotated[
        ConfigFormat, typer.Option("--format", help="env (NAME=value lines) or jsonl.")
    ] = ConfigFormat.env,
) -> None:
    """The settings in force (AIDLEDGER_* variables), secrets masked; jsonl says which the
    environment set."""
    for row in settings_rows(get_settings()):
        if fmt is ConfigFormat.jsonl:
            sys.stdout.write(dumps(row) + "\n")
        else:
            sys.stdout.write(f"{row['setting']}={row['value']}\n")

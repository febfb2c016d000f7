"""Every command and subcommand explains itself: a help text, and `--help` that works."""

from collections.abc import Iterator
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from services.cli.main import app


def walk(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """(path, command) for the root and every command under it, groups included.

    Duck-typed: recent typer ships its own copy of click, so isinstance(click.Group) won't do.
    """
    yield path, command
    for name, sub in sorted((getattr(command, "commands", None) or {}).items()):
        yield from walk(sub, (*path, name))


COMMANDS = list(walk(typer.main.get_command(app)))
IDS = [" ".join(path) or "aidledger" for path, _ in COMMANDS]


def test_the_walk_finds_every_command() -> None:
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {
        "replay",
        "figures",
        "worker",
        "extract",
        "clean",
        "reprocess",
        "poll",
        "beat",
        "status",
        "feeds",
        "feeds add",
        "feeds list",
        "feeds pause",
        "feeds resume",
        "feeds remove",
        "feeds import",
        "failures",
        "failures list",
        "failures show",
        "failures retry",
        "db",
        "db migrate",
    } <= names


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_command_has_help(path: tuple[str, ...], command: Any) -> None:
    assert (command.help or "").strip(), f"`aidledger {' '.join(path)}` has no help text"
    for param in command.params:
        if param.param_type_name == "option":
            assert (param.help or "").strip(), f"{' '.join(path)} {param.opts} has no help"


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_dash_dash_help_prints_it(path: tuple[str, ...], command: Any) -> None:
    result = CliRunner().invoke(app, [*path, "--help"])

    assert result.exit_code == 0, result.output
    first_line = (command.help or "").strip().splitlines()[0]
    # Rich may wrap the text to the terminal's width: compare the words.
    assert " ".join(first_line.split()[:4]) in " ".join(result.output.split())
    assert "Usage:" in result.output

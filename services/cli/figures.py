"""`aidledger figures`: the ledger, for people (table) and programs (csv, jsonl), and `figures show
ID`: one figure with where it comes from."""

import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

import typer

from services.cli.output import Format, write_rows
from shared import db
from shared.formatting import dumps, record, text_value
from shared.runtime import OperatorError, ledger
from shared.store import views

app = typer.Typer(
    help="The stored figures (filters below); `figures show ID` for one with its provenance.",
    invoke_without_command=True,
)

FIGURE_TABLE_COLUMNS = ("id", "doc", "figure", "category", "donor", "recipient", "year")

_QUALIFIER_WORDS = {
    "exact": "",
    "over": "over ",
    "under": "under ",
    "approx": "~",
    "at_least": "≥ ",
    "up_to": "≤ ",
}
_SCALES = ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m"))
# How `figures show` marks the figure in its sentence (plain text: it survives a pipe and grep).
MARK_OPEN, MARK_CLOSE = "[[", "]]"


def human_figure(row: Any) -> str:
    """'over 50 bn EUR', '20 %': the figure as a person reads it, for the table."""
    row = record(row)
    value: Decimal = row["value"]
    unit = "%" if row["unit"] == "percent" else row["unit"]
    shown = f"{value:,f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:,}"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            shown = f"{(value / scale).normalize():f} {word}"
            break
    return f"{_QUALIFIER_WORDS.get(row['qualifier'], '')}{shown} {unit}"


def write_figures(rows: list[Any], fmt: Format) -> None:
    """Figures as every command prints them: all fields for programs, a compact table for people."""
    if fmt is Format.table:
        rows = [{**record(row), "figure": human_figure(row)} for row in rows]
    write_rows(rows, views.FIGURE_COLUMNS, fmt, title="Figures", table_columns=FIGURE_TABLE_COLUMNS)


@app.callback()
def figures(
    ctx: typer.Context,
    fmt: Annotated[Format, typer.Option("--format", help="table, csv or jsonl.")] = Format.table,
    doc: Annotated[str | None, typer.Option(help="Only this document (URL or file name).")] = None,
    category: Annotated[str | None, typer.Option(help="Only this category.")] = None,
    aid_only: Annotated[bool, typer.Option("--aid-only", help="Only aid-related figures.")] = False,
    donor: Annotated[
        str | None, typer.Option(help="Only this donor (as shown, any case): Germany, EU, ...")
    ] = None,
    recipient: Annotated[str | None, typer.Option(help="Only this recipient (any case).")] = None,
    year: Annotated[int | None, typer.Option(help="Only figures tied to this year.")] = None,
    since: Annotated[
        datetime.datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"],
            help="Only articles published on or after YYYY-MM-DD (undated ones left out).",
        ),
    ] = None,
) -> None:
    """Print the stored figures, each with its id (see `figures show ID`)."""
    if ctx.invoked_subcommand is not None:
        return
    with ledger(migrate_schema=True), db.transaction() as conn:
        rows = views.list_figures(
            conn,
            doc=doc,
            category=category,
            aid_only=aid_only,
            donor=donor,
            recipient=recipient,
            year=year,
            since=since.date() if since else None,
        )
    write_figures(rows, fmt)


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


def marked_sentence(found: views.FigureProvenance, passage: str, passage_start: int) -> str:
    """The figure's sentence with its span between MARK_OPEN and MARK_CLOSE.

    The sentence is found in the document text around the span, so a figure whose words occur
    twice in its sentence is marked where it was read.
    """
    figure = found.figure
    sentence, start, end = figure.sentence, figure.start, figure.end
    first = max(0, end - len(sentence) - passage_start)
    at = passage.rfind(sentence, first, start - passage_start + len(sentence))
    if at >= 0:
        offset = start - passage_start - at
    else:  # the sentence as stored is not verbatim in the text: mark the span's first match
        offset = sentence.find(figure.text)
        if offset < 0:
            return sentence
    span = end - start
    return (
        f"{sentence[:offset]}{MARK_OPEN}{sentence[offset : offset + span]}{MARK_CLOSE}"
        f"{sentence[offset + span :]}"
    )


@app.command("show")
def show(
    figure_id: Annotated[str, typer.Argument(help="The figure's id (first column of `figures`).")],
    fmt: Annotated[ShowFormat, typer.Option("--format", help="text or json.")] = ShowFormat.text,
) -> None:
    """One figure and where it comes from: article URL or file, title, publication date, feed,
    its sentence with the figure marked, the attribution and the extractor version."""
    with ledger(migrate_schema=True), db.transaction() as conn:
        found = views.figure_provenance(conn, figure_id)
        if found is None:
            raise OperatorError(f"no figure {figure_id!r} (see the id column of `figures`)")
        passage, passage_start = views.figure_passage(conn, found)
    figure = found.figure
    shown: dict[str, Any] = {
        "id": figure.id,
        "figure": human_figure(figure),
        "value": figure.value,
        "unit": figure.unit,
        "value_eur": figure.value_eur,
        "qualifier": figure.qualifier,
        "category": figure.category,
        "aid_related": figure.aid_related,
        "donor": figure.donor,
        "recipient": figure.recipient,
        "year": figure.year,
        "url": found.url,
        "source": found.source,
        "title": found.title,
        "published_at": found.published_at,
        "feed": found.feed_title or found.feed_url,
        "feed_id": found.feed_id,
        "feed_url": found.feed_url,
        "sentence": marked_sentence(found, passage, passage_start),
        "text": figure.text,
        "start": figure.start,
        "end": figure.end,
        "attribution": figure.attribution,
        "extractor_version": figure.extractor_version,
        "cleaner_version": found.cleaner_version,
        "other_articles": found.other_articles,
    }
    if fmt is ShowFormat.json:
        typer.echo(dumps(shown, indent=2))
        return
    width = max(map(len, shown))
    shown["attribution"] = ", ".join(f"{k} from {v}" for k, v in sorted(figure.attribution.items()))
    for key, value in shown.items():
        typer.echo(f"{key:<{width}}  {text_value(value)}")

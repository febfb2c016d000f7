"""Helpers the reconciler tests share."""

from services.reconciler.rules import Kind, kind_of


def military_aid_kind(before: str, after: str = "", qualifier: str = "exact") -> Kind:
    """The kind of a euro sum of military aid between `before` and `after`."""
    return kind_of(
        unit="EUR", category="military_aid", qualifier=qualifier, before=before, after=after
    )

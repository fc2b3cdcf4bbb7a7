"""Errors raised by seamap.

Every error is a :class:`SeamapError`; the precise subclasses also inherit the builtin that
fits, so ``except KeyError`` keeps working for an unknown name.
"""

from __future__ import annotations

__all__ = [
    "SeamapError",
    "UnknownLayerError",
    "UnknownPlaceError",
    "LayerFileError",
    "InputError",
    "OutputError",
]


class SeamapError(Exception):
    """Base class of every error seamap raises on purpose."""


class UnknownLayerError(SeamapError, KeyError):
    """A layer name that is not in the catalog."""

    def __str__(self) -> str:  # KeyError quotes its message; we want it plain
        return str(self.args[0]) if self.args else ""


class UnknownPlaceError(SeamapError, KeyError):
    """A place name the gazetteer does not know."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class LayerFileError(SeamapError, OSError):
    """A layer or catalog file that is missing, unreadable or corrupt."""


class InputError(SeamapError, ValueError):
    """Input that seamap cannot use: an empty, binary or malformed article, a bad value."""


class OutputError(SeamapError, OSError):
    """An output path that cannot be written."""

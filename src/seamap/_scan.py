"""Patterns tried only where their key words stand.

A pattern tried at every position of a megabyte of text costs more than the few hundred places
where the rare words it needs stand. ``keyed_matches`` finds those words by plain searches and
tries the pattern at the word starts just before each, giving what ``finditer`` would give.
"""

from __future__ import annotations

import re

_WORD_START = re.compile(r"\b\w")


def keyed_matches(rx: re.Pattern, text: str, keys: tuple[str, ...], back: int = 0) -> list[re.Match]:
    """``rx.finditer(text)`` as a list, for a pattern each match of which holds one of ``keys``
    at most ``back`` characters after its start (with ``back`` 0, a match starts at its key).

    >>> [m.group(0) for m in keyed_matches(re.compile(r"\\bthe \\w+ ship"), "the big ship and the ship", ("ship",), 12)]
    ['the big ship']
    """
    starts = set()
    for key in keys:
        at = text.find(key)
        while at != -1:
            starts.add(at)
            if back:
                starts.update(w.start() for w in _WORD_START.finditer(text, max(0, at - back), at))
            at = text.find(key, at + 1)
    out, end = [], 0
    for at in sorted(starts):
        if at >= end and (m := rx.match(text, at)) is not None:
            out.append(m)
            end = max(m.end(), at + 1)
    return out

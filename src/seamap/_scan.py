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


def first_letter_branches(pattern: str) -> str:
    r"""``pattern``, a ``\b(?:alt|alt|...)\b`` alternation, rewritten as one branch per first
    character, each holding (in their order) the alternatives that can start with it, behind a
    look-ahead for that character: the same matches, but at each position the engine tries the
    few alternatives that can start there instead of every one. Returned unchanged when an
    alternative's first characters cannot be read (a class, a wildcard).

    >>> first_letter_branches(r"\b(?:sailed|sank|passed)\b")
    '\\b(?:(?=s)(?:sailed|sank)|(?=p)(?:passed))\\b'
    """
    head, tail = r"\b(?:", r")\b"
    if not (pattern.startswith(head) and pattern.endswith(tail)):
        return pattern
    body = pattern[len(head) : -len(tail)]
    alts, depth, cur, in_class, i = [], 0, "", False, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            cur += body[i : i + 2]
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            alts.append(cur)
            cur, i = "", i + 1
            continue
        cur += ch
        i += 1
    alts.append(cur)
    buckets: dict[str, list[str]] = {}
    for alt in alts:
        first = _first_chars(alt)
        if not first:
            return pattern
        for c in sorted(first):
            buckets.setdefault(c, []).append(alt)
    return head + "|".join(f"(?={re.escape(c)})(?:{'|'.join(a)})" for c, a in buckets.items()) + tail


def _first_chars(alt: str) -> set[str] | None:
    """The characters a match of ``alt`` can start with, or None when that cannot be read."""
    from re import _parser as parser  # (the standard library's own reading of a pattern)
    from re._constants import ASSERT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

    def first(items: list) -> set[str] | None:
        for k, (op, av) in enumerate(items):
            if op is LITERAL:
                return {chr(av)}
            if op is AT or (op is ASSERT and av[0] == -1):
                continue  # no width: a boundary, a look-behind
            if op is BRANCH:
                out: set[str] = set()
                for branch in av[1]:
                    f = first(list(branch) + items[k + 1 :])
                    if f is None:
                        return None
                    out |= f
                return out
            if op is SUBPATTERN:
                return first(list(av[3]) + items[k + 1 :])
            if op in (MAX_REPEAT, MIN_REPEAT):
                lo, _, inner = av
                if lo:
                    return first(list(inner) + items[k + 1 :])
                a, b = first(list(inner)), first(items[k + 1 :])
                return None if a is None or b is None else a | b
            if op is IN and all(o is LITERAL for o, _ in av):
                return {chr(a) for _, a in av}
            return None
        return None

    try:
        return first(list(parser.parse(alt)))
    except Exception:  # noqa: BLE001 (an unreadable alternative leaves the pattern as it is)
        return None

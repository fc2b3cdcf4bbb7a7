"""Patterns shaped, or tried, so that the regular expression engine does less work, with the
same matches as the patterns as written.

A pattern tried at every position of a megabyte of text costs more than the few hundred places
where the rare words it needs stand. ``keyed_matches`` finds those words by plain searches and
tries the pattern at the word starts just before each (or only at ``heads``), giving what
``finditer`` would give.

The engine scans fast for a pattern that opens with a letter, a class of letters or an
alternation of words that each open with one, and tries every position for one that opens with
``\b`` or a look-behind: ``word_first`` moves a leading boundary after the first letter, and
``first_letter_branches`` splits an alternation by first letter behind a class of them all.
``required_words`` reads the words one of which every match holds; ``WordGate`` finds those of
several patterns in one trie scan (``trie_pattern``), so that only the patterns whose words a
text holds are searched; ``Needs`` does the same for one pattern and one sentence.
``stretch_matches`` searches only the stretches between full stops that hold a pattern's words;
``matches_at`` tries a pattern only where its matches can start; ``folded_matches`` does so
for an ignore-case pattern, where its words stand in the text's lower-case copy. ``Spans`` answers whether a span
overlaps any of thousands of others by reading only those near it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

_WORD_START = re.compile(r"\b\w")


def keyed_matches(rx: re.Pattern, text: str, keys: tuple[str, ...], back: int = 0, heads: re.Pattern | None = None) -> list[re.Match]:
    """``rx.finditer(text)`` as a list, for a pattern each match of which holds one of ``keys``
    at most ``back`` characters after its start (with ``back`` 0, a match starts at its key).
    ``heads``: a pattern that matches wherever a match of ``rx`` can start (its first words), so
    that only those positions before a key are tried, not every word's start.

    >>> [m.group(0) for m in keyed_matches(re.compile(r"\\bthe \\w+ ship"), "the big ship and the ship", ("ship",), 12)]
    ['the big ship']
    """
    starts = {at for at, _ in key_spans(text, keys)}
    if back:  # the word starts in the stretches before the keys, each stretch read once
        reach = -1
        for at in sorted(starts):
            a = max(0, at - back, reach)
            if a < at:
                starts.update(w.start() for w in (heads or _WORD_START).finditer(text, a, at))
            reach = max(reach, at)
    return matches_at(rx, text, starts)


def matches_at(rx: re.Pattern, text: str, starts: Iterable[int]) -> list[re.Match]:
    """``rx.finditer(text)`` as a list, for a pattern every match of which starts at one of
    ``starts``: the pattern is tried there only, left to right, each after the last match's end.

    >>> [m.span() for m in matches_at(re.compile(r"(?<=[.])\\s+"), "A. B.  C", [2, 5])]
    [(2, 3), (5, 7)]
    """
    out, end = [], 0
    for at in sorted(starts):
        if at >= end and (m := rx.match(text, at)) is not None:
            out.append(m)
            end = max(m.end(), at + 1)
    return out


def folded_matches(rx: re.Pattern, text: str, words: tuple[str, ...]) -> list[re.Match]:
    """``rx.finditer(text)`` as a list, for a pattern every match of which starts with one of
    ``words`` in any case (lower-case words): the pattern is tried only where the text's
    lower-case copy holds one. The whole text is searched when the copy cannot stand for it (a
    letter of ``_ODD_FOLDS``, or one that lower-casing lengthens).

    >>> [m.group(0) for m in folded_matches(re.compile(r"\\b(?i:sailor|skipper)\\s+\\w+"), "The SAILOR Ann; skipper Bo", ("sailor", "skipper"))]
    ['SAILOR Ann', 'skipper Bo']
    """
    low = text.lower()
    if len(low) != len(text) or odd_folds(text):
        return list(rx.finditer(text))
    return matches_at(rx, text, {at for at, _ in key_spans(low, words)})


def stretch_matches(rx: re.Pattern, text: str, keys: tuple[str, ...] | re.Pattern, stops: str = ".;") -> list[re.Match]:
    """``rx.finditer(text)`` as a list, for a pattern each match of which holds one of ``keys``
    (as the text writes them; or a match of the pattern ``keys``, which holds no stop) and no
    character of ``stops``, and whose look-aheads read no further than the stop that ends a match's
    stretch: only the stretches between stops that hold a key are searched (a sentence's "sailor"
    or "yacht"; not the whole megabyte).

    >>> [m.group(0) for m in stretch_matches(re.compile(r"[A-Z]\\w+ the \\w+ sailor"), "Ann the old sailor. Bo the new one.", ("sailor",))]
    ['Ann the old sailor']
    """
    out: list[re.Match] = []
    done = -1  # where the last stretch searched ends
    found = (m.start() for m in keys.finditer(text)) if isinstance(keys, re.Pattern) else (at for at, _ in key_spans(text, keys))
    for at in found:
        if at < done:
            continue
        a = max(text.rfind(s, 0, at) for s in stops) + 1
        done = min((i for s in stops if (i := text.find(s, at)) != -1), default=len(text))
        out += rx.finditer(text, a, done + 1)  # (the stop itself too: a boundary after a match reads it)
    return out


def key_spans(text: str, keys: Iterable[str]) -> list[tuple[int, int]]:
    """Where each of ``keys`` stands in ``text`` (every occurrence, overlaps too), found by plain
    searches, as (start, end) spans in order.

    >>> key_spans("the ship's shipmate", ("ship", "mate"))
    [(4, 8), (11, 15), (15, 19)]
    """
    keys = tuple(keys)
    found = []
    if len(keys) >= 8 and all(k[:1].isupper() for k in keys):
        # many words that open with capitals ("USS", "HMCS", "Mediterranean"): one scan for them
        # all, tried again one character after each place found, stops where few words start;
        # a plain search a word reads the whole text once for each
        rx, by_first = _keys_scanner(keys)
        m = rx.search(text)
        while m is not None:
            at = m.start()
            found += [(at, at + len(key)) for key in by_first[text[at]] if text.startswith(key, at)]
            m = rx.search(text, at + 1)
    else:
        for key in keys:
            at = text.find(key)
            while at != -1:
                found.append((at, at + len(key)))
                at = text.find(key, at + 1)
    found.sort()
    return found


@functools.lru_cache(maxsize=64)
def _keys_scanner(keys: tuple[str, ...]) -> tuple[re.Pattern, dict[str, list[str]]]:
    """A pattern that matches where any of ``keys`` starts, and the keys by their first letter."""
    by_first: dict[str, list[str]] = {}
    for key in keys:
        by_first.setdefault(key[0], []).append(key)
    return re.compile(trie_pattern(set(keys))), by_first


def first_letter_branches(pattern: str) -> str:
    r"""``pattern``, a ``\b(?:alt|alt|...)\b`` alternation, rewritten as one branch per first
    character, each holding (in their order) the alternatives that can start with it, behind a
    look-ahead for that character: the same matches, but at each position the engine tries the
    few alternatives that can start there instead of every one. Returned unchanged when an
    alternative's first characters cannot be read (a class, a wildcard).

    >>> first_letter_branches(r"\b(?:sailed|sank|passed)\b")
    '\\b(?:(?=[ps])(?:(?=s)(?:sailed|sank)|(?=p)(?:passed)))\\b'
    """
    head, tail = r"\b(?:", r")\b"
    if not (pattern.startswith(head) and pattern.endswith(tail)):
        return pattern
    body = pattern[len(head) : -len(tail)]
    alts = _top_level_alternatives(body)
    buckets: dict[str, list[str]] = {}
    for alt in alts:
        first = _first_chars(alt)
        if not first:
            return pattern
        for c in sorted(first):
            buckets.setdefault(c, []).append(alt)
    # (a class of every first character, tried first, turns away in one step the positions where
    # no alternative can start: word ends, and words of other letters)
    chars = "".join(re.escape(c) for c in sorted(buckets))
    return head + f"(?=[{chars}])(?:" + "|".join(f"(?={re.escape(c)})(?:{'|'.join(a)})" for c, a in buckets.items()) + ")" + tail


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


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case words one of which every match of ``pattern`` holds, so that a text lacking all of
    them can be passed over without trying the pattern; None when no such words can be read.

    Of the words a match must hold, the set whose shortest word is longest is chosen (the rarer the
    words, the more texts they rule out). The words are lower-cased, to be looked for in a
    lower-cased text: that holds for a pattern with or without ``re.IGNORECASE``, except for the
    rare letters whose case folding and ``str.lower`` disagree (the long s, the dotted capital I):
    a text that holds one (``odd_folds``) is to be tried whatever its words.

    >>> required_words(r"\\b(?:sailed|cruised)\\s+(?:into|to)\\s+(?:the\\s+)?$")
    ('cruised', 'sailed')
    >>> required_words(r"\\b(?:to|towards?)\\s+[Pp]ort\\s+of\\s+$")
    ('port',)
    >>> required_words(r"(?:the\\s+)?$") is None
    True
    """
    from re import _parser as parser
    from re._constants import BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

    def needed(items: list) -> set[str] | None:
        sets: list[set[str]] = []
        run = ""
        for op, av in items:
            if op is LITERAL:
                run += chr(av).lower()
                continue
            if op is IN and av and all(o is LITERAL for o, _ in av) and len({chr(a).lower() for _, a in av}) == 1:
                run += chr(av[0][1]).lower()  # "[Pp]": one letter in either case
                continue
            if run:
                sets.append({run})
                run = ""
            found: set[str] | None = None
            if op is SUBPATTERN:
                found = needed(list(av[3]))
            elif op is BRANCH:
                each = [needed(list(branch)) for branch in av[1]]
                found = None if any(e is None for e in each) else set().union(*each)
            elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
                found = needed(list(av[2]))
            if found:
                sets.append(found)
        if run:
            sets.append({run})
        if not sets:
            return None
        return max(sets, key=lambda s: (min(map(len, s)), -len(s)))

    try:
        words = needed(list(parser.parse(pattern, flags)))
    except Exception:  # noqa: BLE001 (a pattern that cannot be read is always tried)
        return None
    return tuple(sorted(words)) if words and min(map(len, words)) >= 2 else None


#: letters a pattern that ignores case takes for an ASCII letter but that ``str.lower`` does not
#: turn into it: the dotless i, the long s, the dotted capital I (every such letter of Unicode, as
#: tests/test_narrative.py checks; the Kelvin sign is lower-cased to k, and an ASCII capital K was
#: written here before, which let every text that names Korea past the gates)
_ODD_FOLDS = ("ı", "ſ", "İ")


def odd_folds(text: str) -> bool:
    """Whether ``text`` holds a letter of ``_ODD_FOLDS``: a gate that looks for a pattern's words in
    the lower-case copy of such a text must let the pattern be tried (when it ignores case).

    >>> odd_folds("viſited"), odd_folds("visited")
    (True, False)
    """
    for c in _ODD_FOLDS:  # (a loop, not any() over a generator: asked for every sentence a gate turns away)
        if c in text:
            return True
    return False


class Needs:
    """A pattern tried only on texts that hold one of the words every match of it needs
    (``required_words``), looked for in the text's lower-case copy (given, when the caller has
    one). Exact for a pattern that ignores case too: a text that holds one of the letters whose
    case folding ``str.lower`` does not follow (``_ODD_FOLDS``) is always tried.

    >>> planned = Needs(re.compile(r"\\bis\\s+(?:set|due)\\s+to\\b", re.I))
    >>> planned.words, planned.search("It Is Due to sail").group(0), planned.search("It sails")
    (('due', 'set'), 'Is Due to', None)
    """

    __slots__ = ("rx", "words", "folds")

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        self.folds = bool(rx.flags & re.IGNORECASE) or "(?i" in rx.pattern
        words = required_words(rx.pattern, rx.flags)
        self.words = None if words and self.folds and not all(w.isascii() for w in words) else words  # (other letters' folds: always tried)

    def may_match(self, text: str, low: str | None = None) -> bool:
        """Whether ``text`` holds one of the words (or must be tried for another reason)."""
        words = self.words
        if words is None:
            return True
        low = text.lower() if low is None else low
        for w in words:  # (a loop, not any() over a generator: it runs for every sentence and pattern)
            if w in low:
                return True
        return self.folds and odd_folds(text)

    def search(self, text: str, low: str | None = None) -> re.Match | None:
        return self.rx.search(text) if self.may_match(text, low) else None

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match]:
        return self.rx.finditer(text) if self.may_match(text, low) else iter(())


class WordGate:
    """Which of several patterns a text may match, from the words each needs (``required_words``;
    None for a pattern that must always be tried), all found in one scan of the text.

    >>> gate = WordGate([("sail", "cruise"), None, ("passed",)])
    >>> gate.candidates("the ship sailed on")
    [0, 1]
    >>> gate.candidates("it passed by")
    [1, 2]
    """

    def __init__(self, needs: list[tuple[str, ...] | None]) -> None:
        self.always = frozenset(i for i, n in enumerate(needs) if n is None)
        words = sorted({w for n in needs if n for w in n})
        # the longest needed word found at a position implies every needed word it begins with
        self.implied = {f: frozenset(i for i, n in enumerate(needs) if n and any(f.startswith(w) for w in n)) for f in words}
        self.rx = re.compile("(?=(" + trie_pattern(words) + "))")

    def candidates(self, low: str) -> list[int]:
        """The indices of the patterns whose words ``low`` (a lower-cased text) holds, in order."""
        found = set(self.always)
        for m in self.rx.finditer(low):
            found |= self.implied[m.group(1)]
        return sorted(found)


class Spans:
    """Character spans (start, end), asked whether a span overlaps any of them without reading
    them all: each is filed under the cells of ``cell`` characters it touches, so a question reads
    only the spans near it (a megabyte's thousands of ship mentions, asked about one by one).

    >>> taken = Spans([(10, 14), (70, 200)])
    >>> taken.overlaps(13, 20), taken.overlaps(14, 20), taken.overlaps(150, 150)
    (True, False, True)
    >>> taken.add(20, 30)
    >>> taken.overlaps(0, 21)
    True
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = (), cell: int = 64) -> None:
        self.cell = cell
        self._cells: dict[int, list[tuple[int, int]]] = {}
        for a, b in spans:
            self.add(a, b)

    def _range(self, a: int, b: int) -> range:
        # every position p with a <= p < b (or p == a, for an empty span) lies in these cells
        return range(a // self.cell, max(a, b - 1) // self.cell + 1)

    def add(self, a: int, b: int) -> None:
        for c in self._range(a, b):
            self._cells.setdefault(c, []).append((a, b))

    def near(self, a: int, b: int) -> Iterator[tuple[int, int]]:
        """The spans filed in the cells a non-empty span (a, b) touches: every span that overlaps
        it, or holds it, and perhaps others."""
        cells = self._cells
        return (span for c in self._range(a, b) for span in cells.get(c, ()))

    def overlaps(self, a: int, b: int) -> bool:
        """Whether some span (x, y) has a < y and x < b (for a one-character span (p, p + 1):
        whether some span holds p)."""
        cells = self._cells
        return any(a < y and x < b for c in self._range(a, b) for x, y in cells.get(c, ()))


def trie_pattern(words: Iterable[str], chars: dict[str, str] | None = None) -> str:
    """A pattern that matches, at a position, the longest of ``words`` that stands there: the
    words as a trie, so that at each position only the branches of the letter found are tried.
    ``chars``: patterns for characters to match more loosely than themselves (a typeset
    apostrophe for a plain one).

    >>> trie_pattern(["sail", "sailed", "sank"])
    'sa(?:il(?:ed)?|nk)'
    """
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    return _trie_node(trie, chars or {})


def _trie_node(node: dict, chars: dict[str, str]) -> str:
    alts = [chars.get(c, re.escape(c)) + _trie_node(child, chars) for c, child in sorted(node.items()) if c]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


_QUANTIFIER = ("?", "*", "+", "{")


def word_first(pattern: str) -> str:
    r"""``pattern``, which opens with a word boundary and a word (or an alternation of words), with
    the boundary checked after the word's first letter instead: ``\bChina`` as ``C(?<!\w.)hina``.

    The matches are the same: before a letter, a word boundary means that the character before
    is no word character, which is what the look-behind asks one character later. But a pattern
    that opens with a letter (or a class of letters, or an alternation of words that each open
    with one) is looked for by the regular expression engine's fast scan for that first
    character; one that opens with a boundary is tried at every position. Returned unchanged when
    the pattern does not open so (a group that may be skipped, a word that may be left out).

    >>> word_first(r"\b(?:China|[Tt]he)\s+ships?\b")
    '(?:C(?<!\\w.)hina|[Tt](?<!\\w.)he)\\s+ships?\\b'
    >>> word_first(r"\b(?:the\s+)?ships?")
    '\\b(?:the\\s+)?ships?'
    """
    if not pattern.startswith(r"\b"):
        return pattern
    body = pattern[2:]
    if body.startswith("(?:") or body.startswith("(?P<"):
        head_end = body.index(">") + 1 if body.startswith("(?P<") else 3
        end = _group_end(body)
        if end is None or body[end + 1 : end + 2] in _QUANTIFIER:
            return pattern
        alts = _top_level_alternatives(body[head_end:end])
        moved = [_boundary_after_first(a) for a in alts]
        if any(m is None for m in moved):
            return pattern
        return body[:head_end] + "|".join(moved) + body[end:]  # type: ignore[arg-type]
    moved = _boundary_after_first(body)
    return pattern if moved is None else moved


def _boundary_after_first(alt: str) -> str | None:
    """``alt`` with ``(?<!\\w.)`` after its first letter (or class of letters), or None when it
    does not open with one that must be there."""
    if alt[:1].isalpha() and alt[:1].isascii():
        n = 1
    elif alt.startswith("[") and (close := alt.find("]")) > 1 and alt[1:close].isalpha() and alt[1:close].isascii():
        n = close + 1
    else:
        return None
    if alt[n : n + 1] in _QUANTIFIER:
        return None  # ("s?": a letter that may be left out)
    return alt[:n] + r"(?<!\w.)" + alt[n:]


def _structure(body: str) -> Iterator[tuple[int, str, int]]:
    """Each character of a pattern outside an escape and a class, with its index and the depth of
    the groups around it (before it opens or closes one)."""
    depth, in_class, i = 0, False, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            yield i, ch, depth
            depth += (ch == "(") - (ch == ")")
        i += 1


def _group_end(body: str) -> int | None:
    """The index of the parenthesis that closes the group ``body`` opens with."""
    return next((i for i, ch, depth in _structure(body) if ch == ")" and depth == 1), None)


def _top_level_alternatives(body: str) -> list[str]:
    """The alternatives of ``body`` split at its top-level bars."""
    cuts = [i for i, ch, depth in _structure(body) if ch == "|" and depth == 0]
    return [body[x + 1 : y] for x, y in zip([-1, *cuts], [*cuts, len(body)], strict=True)]

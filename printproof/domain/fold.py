"""Search that forgives spelling: every word is reduced to a skeleton that the ways people write it share.

"Müller", "Mueller" and "Muller" become ``muler``; "Şahin" and "Sahin" ``sahin``; "Łukasz" ``lukasz``;
"Søren" and "Soeren" ``soren``; "Иванова", "Ivanova" and "Iwanowa" ``ivanova``; "Юлия", "Julia" and
"Yulia" ``iulia``; "Γιώργος" and "Giorgos" ``giorgos``. Stored search words and typed search words go
through the same steps, so a plain prefix range on the stored skeletons finds them (a B-tree index on
SQLite and PostgreSQL alike).

The steps, in order:

1. case folded, accents and other marks removed (é, ñ, ş, ü → e, n, s, u);
2. letters that are not a letter with a mark spelled out (ß → ss, Ł → l, Ø → o, Æ → ae, Þ → th, ı → i);
3. Greek and Cyrillic written in Latin letters (one scheme: ж → zh, х → kh, ю → yu, θ → th, ου → u);
4. the spellings that differ between languages brought together: German umlauts written out
   (ue, oe, ae → u, o, a), German and English transcriptions (sch/sh, tsch/tch/ch, w/v, j/y/i, ck/k,
   tz/ts/z, ph/f, th/t, kh/h, zh/z, x/ks, ou/u), names as they are heard (sch or sh before a consonant as s,
   dt and a final d as t, c as k or z, ai as ei), and doubled letters written once.

A word typed halfway ("Sc" on the way to "Schmidt", "P" on the way to "Philipp") may end inside one of
the spellings of step 4; :func:`query_prefixes` also tries the spellings that word could be starting.
Plain Python, no Qt and no database.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_WORD = 64

# Letters that Unicode does not decompose into a base letter and a mark.
_SPECIAL = {
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ø": "o",
    "ł": "l",
    "đ": "dj",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "ŋ": "n",
    "ħ": "h",
    "ĸ": "k",
    "ſ": "s",
    "ŀ": "l",
    "ʼ": "",
}

_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "і": "i",
    "ї": "i",
    "є": "e",
    "ґ": "g",
    "ў": "u",
    "ј": "j",
    "љ": "lj",
    "њ": "nj",
    "ћ": "c",
    "ђ": "d",
    "џ": "dz",
    "ѕ": "dz",
}

_GREEK_PAIRS = {"ου": "u", "αυ": "av", "ευ": "ev", "ηυ": "iv", "γγ": "ng", "γκ": "gk", "γχ": "nch"}
_GREEK = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}
_LETTERS = {**_SPECIAL, **_CYRILLIC, **_GREEK}
_GREEK_PAIR_RE = re.compile("|".join(_GREEK_PAIRS))

# Step 4, applied in this order. Each rule's left side may be typed halfway (see query_prefixes).
SPELLINGS: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"),
    ("tch", "ch"),
    ("sch", "sh"),
    # Heard, not read (schema 10): "sh" before a consonant sounds like "s" ("Sneider" for Schneider, "Smidt").
    ("shn", "sn"),
    ("shm", "sm"),
    ("shl", "sl"),
    ("shw", "sv"),
    ("shr", "sr"),
    ("kh", "h"),
    ("zh", "z"),
    ("ph", "f"),
    ("th", "t"),
    ("dt", "t"),  # Schmidt, Schmitt
    ("ck", "k"),
    # A "c" that sounds like "k" or "z" (Carl/Karl, Claus/Klaus, Cäcilie/Zäzilie); "ch" stays.
    ("ca", "ka"),
    ("co", "ko"),
    ("cu", "ku"),
    ("cl", "kl"),
    ("cr", "kr"),
    ("ce", "ze"),
    ("ci", "zi"),
    ("tz", "z"),
    ("ts", "z"),
    ("x", "ks"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("ue", "u"),
    ("oe", "o"),
    ("ae", "a"),
    ("ai", "ei"),  # Maier, Mayer, Meyer, Meier
    ("ou", "u"),
)
_DOUBLED = re.compile(r"([^\W\d_])\1+")


def _unmarked(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in folded if not unicodedata.combining(ch)))


@lru_cache(maxsize=65536)
def latin(word: str) -> str:
    """Steps 1–3: ``word`` case folded, without marks, in Latin letters where it was Greek or Cyrillic."""
    plain = _unmarked(word)
    plain = _GREEK_PAIR_RE.sub(lambda m: _GREEK_PAIRS[m.group(0)], plain)
    return "".join(_LETTERS.get(ch, ch) for ch in plain)


def _spellings(word: str, final: bool = True) -> str:
    """Step 4; ``final``: the word is complete, so a "d" at its end sounds "t" (Schmid, Schmitt)."""
    for written, said in SPELLINGS:
        if written in word:
            word = word.replace(written, said)
    word = _DOUBLED.sub(r"\1", word)
    if final and len(word) > 2 and word.endswith("d"):
        word = word[:-1] + "t"
    return word


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The forgiving form of one word (all four steps); never empty for a word that has letters or digits."""
    done = _spellings(latin(word))
    return (done or word.casefold())[:MAX_WORD]


def words(text: str) -> list[str]:
    """``text`` split into words: runs of letters and digits after NFKC and case folding."""
    found: list[str] = []
    current: list[str] = []
    for ch in unicodedata.normalize("NFKC", text or "").casefold():
        if ch.isalnum():
            current.append(ch)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def search_words(text: str) -> list[str]:
    """The forgiving search words of ``text`` (names, companies, e-mail addresses), in order, without repeats."""
    return list(dict.fromkeys(skeleton(w) for w in words(text)))


def query_prefixes(word: str) -> list[str]:
    """What a typed word may be the start of: its skeleton, and the skeletons of the spellings it may be
    halfway through ("sc" → ``sc`` and ``sh``; "p" → ``p`` and ``f``; "ts" → ``z`` and ``ch``).

    The answer holds no prefix of another of its entries (a prefix range covers the longer one).
    """
    plain = latin(word)
    found = {skeleton(word), _spellings(plain, final=False)[:MAX_WORD] or word.casefold()}  # "Fried…" → Friedrich
    marked = _unmarked(word)
    for pair in _GREEK_PAIRS:  # "Ευάγ" on the way to "Ευάγγελος", "Παπαδόπο" to "Παπαδόπουλος"
        if marked.endswith(pair[0]):
            found.add(skeleton(word + pair[1]))
    # A rule may also start inside what an earlier rule made: "Sc" may become "sh" (on the way to "Sch"), and that
    # "shm" → "sm" (on the way to "Schmidt"); two rounds follow such a chain.
    starts = {plain, _spellings(plain, final=False)}
    for _round in range(2):
        further: set[str] = set()
        for start in starts:
            for written, _said in SPELLINGS:
                for k in range(1, len(written)):
                    if start.endswith(written[:k]):
                        completed = start[:-k] + written
                        found.add(_spellings(completed)[:MAX_WORD] or word.casefold())
                        further.add(_spellings(completed, final=False))
        starts = further - starts
    kept = sorted(found)
    return [w for i, w in enumerate(kept) if not any(w.startswith(o) for o in kept[:i] if o != w)]


_NUMERIC = re.compile(r"^[0-9+()/.\-\s]+$")


def typed_queries(text: str) -> list[list[list[str]]]:
    """Ways to read what was typed into a search field: each a list of words, each word the prefixes it may stand
    for. Digits with spaces or dashes are a phone number as people type it, or part of an order number."""
    if _NUMERIC.match(text):
        ways = [[["".join(ch for ch in text if ch.isdigit())[:MAX_WORD]]]]
        if "-" in text:
            ways.append([[text.casefold()[:MAX_WORD]]])
        return [w for w in ways if w[0][0]]
    return [[query_prefixes(w) for w in words(text)]]

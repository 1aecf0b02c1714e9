"""Bytes -> text, whatever the encoding: UTF-8 (BOM or not), GB18030/GBK, Big5, UTF-16.

Detection is ours first and charset-normalizer's last, because short CJK files
(a 60-byte Big5 note is common) fool statistical detectors: Big5 bytes also
decode as GB18030, so we decode with each CJK codec and keep the one whose text
is made of frequent Chinese characters.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache

from partystats.hanzi import CJK_RANGES, PRIVATE_USE_RANGES, char_class, frequent_characters


class UndecodableError(ValueError):
    """The bytes are not text we can decode; the message is the rejection reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # codec name as Python spells it, e.g. 'utf-8', 'gb18030', 'big5'


# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of binary formats that end up in scraped folders under a .txt/.html name.
BINARY_SIGNATURES = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"\xd0\xcf\x11\xe0", "OLE/Word"),
    (b"\x1f\x8b", "gzip"),
)

# Tried in order; on equal plausibility the earlier wins. GB18030 covers GBK and
# GB2312; cp950 is Big5 plus the Microsoft extensions many Taiwanese pages use.
CJK_CANDIDATES = ("gb18030", "big5", "cp950")

# Share of a decoding's ideographs that must be frequent ones to believe it.
MIN_PLAUSIBILITY = 0.25

# Labels pages declare that are subsets of a codec we'd rather decode with.
DECLARED_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "cp950"}

META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# C0 control characters other than those whitespace ones (one regex pass, not a loop)
CONTROL_CHARS = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x20) if chr(c) not in ALLOWED_CONTROLS) + "]"
)


def decode_bytes(data: bytes, *, override: str | None = None, html: bool = False) -> Decoded:
    """Decode ``data``; raise :class:`UndecodableError` with the reason when it is not text."""
    if override:
        decoded = decode_with_override(data, override)
    else:
        decoded = detect_and_decode(data, html=html)
    if looks_binary(decoded.text):
        raise UndecodableError("binary file (control characters)")
    return decoded


def decode_with_override(data: bytes, encoding: str) -> Decoded:
    """The manifest named the encoding: trust it, but only if the bytes really are that."""
    name = canonical_codec(encoding)
    if name is None:
        raise UndecodableError(f"undecodable: unknown encoding {encoding!r} in manifest")
    codec = "utf-8-sig" if name == "utf-8" else name  # a BOM is not text
    return decode_strict(data, codec, label=name, why=f"not valid {name} (manifest encoding)")


def detect_and_decode(data: bytes, *, html: bool = False) -> Decoded:
    for bom, codec in BOMS:
        if data.startswith(bom):
            label = codec if codec != "utf-8-sig" else "utf-8"
            return decode_strict(data, codec, label=label, why=f"{label} BOM but invalid byte")
    kind = binary_signature(data)
    if kind:
        raise UndecodableError(f"binary file ({kind})")
    if b"\x00" in data:
        guess = decode_bomless_utf16(data)
        if guess is None:
            raise UndecodableError("binary file (NUL bytes)")
        return guess
    if html:
        declared = declared_html_charset(data)
        if declared:
            text = try_decode(data, declared)
            if text is not None:
                return Decoded(text, declared)
    text = try_decode(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    best = most_plausible_cjk(data)
    if best is not None:
        return best
    guess = guess_with_charset_normalizer(data)
    if guess is not None:
        return guess
    raise UndecodableError(
        "undecodable: not UTF-8, GB18030 or Big5 text and charset-normalizer found no encoding"
    )


def decode_strict(data: bytes, codec: str, *, label: str, why: str) -> Decoded:
    """Decode with ``codec`` or raise UndecodableError saying ``why`` and where."""
    try:
        return Decoded(data.decode(codec), label)
    except UnicodeDecodeError as err:
        raise UndecodableError(f"undecodable: {why} at byte {err.start}") from None


def try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def most_plausible_cjk(data: bytes) -> Decoded | None:
    """Decode with each CJK codec and keep the text made most of frequent characters."""
    best: Decoded | None = None
    best_score = MIN_PLAUSIBILITY
    for codec in CJK_CANDIDATES:
        text = try_decode(data, codec)
        if text is None:
            continue
        score = plausibility(text)
        if score > best_score or (best is None and score >= best_score):
            best, best_score = Decoded(text, codec), score
    return best


def plausibility(text: str) -> float:
    """Share of the ideographs (and debris a wrong codec leaves) that are frequent characters.

    0.0 for text without ideographs: nothing here vouches for it.
    """
    frequent, counted = _plausibility_patterns()
    ideographs = len(counted.findall(text))  # one regex pass each: a char loop was slow
    return len(frequent.findall(text)) / ideographs if ideographs else 0.0


@cache
def _plausibility_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Frequent characters; and those, any ideograph, private-use character, U+FFFD or kana."""
    frequent = "".join(sorted(frequent_characters()))
    debris = char_class(CJK_RANGES + PRIVATE_USE_RANGES + KANA_RANGES) + "\ufffd"
    return re.compile(f"[{frequent}]"), re.compile(f"[{frequent}{debris}]")


# Kana and half-width katakana: GBK rows 4-5 hold kana, so Big5 read as GBK yields them.
KANA_RANGES = ((0x3040, 0x30FF), (0xFF61, 0xFF9F))


def decode_bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without BOM: NULs only in the high bytes of ASCII characters, text plausible."""
    if len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    codec = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
    if min(even_nuls, odd_nuls) > 0:
        return None
    text = try_decode(data, codec)
    if text is None or looks_binary(text):
        return None
    if any(ord(ch) > 0x7F for ch in text) and plausibility(text) < MIN_PLAUSIBILITY:
        return None
    return Decoded(text, codec)


def binary_signature(data: bytes) -> str | None:
    for magic, kind in BINARY_SIGNATURES:
        if data.startswith(magic):
            return kind
    return None


def looks_binary(text: str) -> bool:
    """Control characters other than whitespace: a few are debris, many mean a binary file."""
    controls = len(CONTROL_CHARS.findall(text))
    return controls > max(4, len(text) // 100)


def declared_html_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag, as a codec Python knows."""
    match = META_CHARSET.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii", "ignore").lower()
    return canonical_codec(DECLARED_ALIASES.get(label, label))


def canonical_codec(name: str) -> str | None:
    """Python's name for an encoding label (``GBK`` -> ``gbk``), or None when unknown."""
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def guess_with_charset_normalizer(data: bytes) -> Decoded | None:
    """Last resort for what is neither UTF-8 nor CJK (Latin-1 pages, Shift-JIS...)."""
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        return None
    text = str(match)
    if looks_binary(text):
        return None
    return Decoded(text, canonical_codec(match.encoding) or match.encoding)

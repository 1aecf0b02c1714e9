"""HTML page -> article text (trafilatura behind one function of ours)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html import unescape

# Page regions that are never the article. trafilatura prunes most of them by
# itself, but on short pages it falls back to a baseline that keeps everything.
PRUNE_XPATHS = [
    "//nav",
    "//header",
    "//footer",
    "//aside",
    "//form",
    "//*[@role='navigation']",
    "//*[@role='contentinfo']",
]


@dataclass(frozen=True)
class HtmlArticle:
    title: str | None
    text: str  # headline (when trafilatura found one) then the body, one paragraph a line
    date: date | None  # publication date from the page's metadata
    site: str | None = None  # the site's name in the page's <title> (河南律师网-…): its publisher


@lru_cache(maxsize=1)
def _trafilatura_config():
    from trafilatura.settings import use_config

    config = use_config()
    # Press notes are often a few sentences long; the defaults (250 chars) would
    # discard them or fall back to keeping the navigation.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    # No signal-based timeout: extraction runs in worker threads.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def html_article(html: str) -> HtmlArticle | None:
    """The article of an HTML page, without scripts, navigation or footers; None if it has none."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html,
        config=_trafilatura_config(),
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        prune_xpath=PRUNE_XPATHS,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return None
    body = (result.text or "").strip()
    if not body:
        return None
    title = (result.title or "").strip() or None
    text = body if title is None or body.startswith(title) else f"{title}\n{body}"
    site = page_site(html, title)
    return HtmlArticle(title=title, text=text, date=parse_iso_date(result.date), site=site)


_TITLE_TAG_RE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.S | re.I)
_TITLE_PARTS_RE = re.compile(r"\s*(?:[-_|｜–]+|——)\s*")


def page_site(html: str, headline: str | None) -> str | None:
    """The page's <title> less its headline: the site's name (河南律师网 of 河南律师网-砥砺奋进
    五年间…), or None when the title is the headline alone."""
    found = _TITLE_TAG_RE.search(html)
    if found is None:
        return None
    parts = [p for p in _TITLE_PARTS_RE.split(unescape(found[1]).strip()) if p]
    site = [p for p in parts if not headline or (p not in headline and headline not in p)]
    return " ".join(site) or None


_INVISIBLE_RE = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_TAG_RE = re.compile(r"<[^>]+>")


def page_lines(html: str) -> str:
    """The page's visible text, one element a line: what the article extraction may have
    left out (a dateline in a <div class="info">), for a labelled date to be found in."""
    text = _TAG_RE.sub("\n", _INVISIBLE_RE.sub("", html))
    return "\n".join(line.strip() for line in unescape(text).splitlines() if line.strip())


def parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None

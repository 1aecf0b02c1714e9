"""HTML page -> article text (trafilatura behind one function of ours)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

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
    return HtmlArticle(title=title, text=text, date=parse_iso_date(result.date))


def parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None

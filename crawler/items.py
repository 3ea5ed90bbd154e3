"""Items spiders yield. A spider hands over bytes; extraction and storage happen in pipelines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class PagePart:
    """One fetched page of an article (an article split over several pages has several)."""

    url: str
    body: bytes = field(repr=False)  # the decompressed body as Scrapy delivered it, never decoded here
    content_type: str | None = None
    warc: dict[str, Any] | None = None  # request.meta["warc_record"] set by archive.recorder.WarcRecorder


@dataclass
class SpeechItem:
    """A candidate document: the article's pages in reading order."""

    url: str  # the article's first page; the document id derives from it
    parts: list[PagePart] = field(default_factory=list)
    spider: str = ""
    site: str | None = None  # the site profile's name, when a site spider found it
    hints: dict[str, Any] = field(default_factory=dict)  # e.g. {"title": ...} from the listing page
    document: Any = None  # the cleaners.Document that crawler.pipelines.ExtractionPipeline made of it

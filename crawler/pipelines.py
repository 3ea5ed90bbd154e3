"""Item pipelines: ExtractionPipeline turns a SpeechItem's bytes into a cleaners.Document,
StorePipeline writes that document into the archive folder. Either can be switched off in
ITEM_PIPELINES; both read their settings in from_crawler, as Scrapy's own components do.
"""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import traceback
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from archive.dedup import DuplicateIndex, Thresholds
from archive.store import DocumentStore, document_from_dict, document_id
from cleaners import Page, extract_document
from cleaners.binary import document_format
from cleaners.profiles import steps_for
from crawler.items import SpeechItem

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

FAILURES_FILE = "extract-failures.jsonl"


def extract_pages(pages: list[dict[str, Any]], cleaner: str | None = None) -> dict[str, Any]:
    """Clean one article's pages: {"document": Document.to_dict()} or {"error", "traceback"}.

    Plain data in and out, so it can run in a worker process; a cleaner's exception comes back as
    data because not every exception pickles. `cleaner` names the site's cleaner profile.
    """
    try:
        document = extract_document([Page(**page) for page in pages], steps_for(cleaner))
        return {"document": document.to_dict()}
    except Exception as exc:
        return {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}


class ExtractionPipeline:
    """Runs the cleaners over each SpeechItem and attaches the result as `item.document`.

    EXTRACT_WORKERS=0 cleans inline, in the reactor's thread; N>0 sends the work to N worker
    processes so that cleaning never stalls the downloads. A page the cleaners cannot handle drops
    its item and is logged, counted (extract/failed) and appended to extract-failures.jsonl.
    """

    def __init__(self, workers: int = 0, stats: StatsCollector | None = None,
                 failures_path: str | Path | None = None, max_bytes: int = 0) -> None:
        if workers < 0:
            raise ValueError("EXTRACT_WORKERS must be 0 or more")
        self.workers = workers
        self.max_bytes = max_bytes  # 0: no limit
        self.stats = stats
        self.failures_path = Path(failures_path) if failures_path else None
        self._pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        settings = crawler.settings
        return cls(
            workers=settings.getint("EXTRACT_WORKERS"),
            stats=crawler.stats,
            failures_path=Path(settings.get("ARCHIVE_DIR") or "archive-output") / FAILURES_FILE,
            max_bytes=settings.getint("EXTRACT_MAX_BYTES"),
        )

    def open_spider(self, spider: Spider | None = None) -> None:
        if self.workers:
            self._pool = self._new_pool()

    def close_spider(self, spider: Spider | None = None) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: a forked copy of a running reactor and its threads is not safe to use
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"))

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, SpeechItem):
            return item
        pages = [
            {"body": part.body, "url": part.url, "content_type": part.content_type, "warc": part.warc}
            for part in item.parts
        ]
        cleaner = item.hints.get("cleaner")
        too_large = _too_large(item.parts, self.max_bytes)
        if too_large is not None:
            self._inc("extract/too_large")
            result = {"error": too_large}
        else:
            result = await self._extract(pages, cleaner) if pages else {"error": "the item has no pages"}
        if "document" not in result:
            self._record_failure(item, result)
            # DEBUG: the error line above says it all; Scrapy's drop message would repeat the page bytes
            raise DropItem(f"extraction failed for {item.url}: {result['error']}", log_level="DEBUG")
        document = document_from_dict(result["document"])
        if document.warc is None and item.parts:
            document.warc = item.parts[0].warc
        if not document.parts:
            document.parts = [{"url": part.url, "warc": part.warc} for part in item.parts]
        cut = [part.warc["truncated"] for part in item.parts if part.warc and part.warc.get("truncated")]
        if cut:  # the transfer ended early: the page holds only part of the document
            document.truncated = True
            document.warnings.append(f"a page's body was cut short in transfer (WARC-Truncated: {cut[0]})")
        if not document.title and item.hints.get("title"):
            document.title = str(item.hints["title"])
        item.document = document
        self._inc("extract/ok")
        return item

    async def _extract(self, pages: list[dict[str, Any]], cleaner: str | None = None) -> dict[str, Any]:
        if self.workers == 0:
            return extract_pages(pages, cleaner)
        for _ in range(2):
            if self._pool is None:  # used without open_spider, e.g. from a script
                self._pool = self._new_pool()
            pool = self._pool
            try:
                return await asyncio.wrap_future(pool.submit(extract_pages, pages, cleaner))
            except BrokenProcessPool:
                # a worker died (crashed, or killed for memory), perhaps on this very item: one
                # fresh pool and one more try, then the item is given up like any other failure
                if self._pool is pool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = self._new_pool()
            except Exception as exc:  # e.g. the pages did not pickle
                return {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
        return {"error": "BrokenProcessPool: a worker process died on this item twice"}

    def _record_failure(self, item: SpeechItem, result: dict[str, Any]) -> None:
        self._inc("extract/failed")
        logger.error("extraction failed for %s: %s", item.url, result["error"])
        if result.get("traceback"):
            logger.debug("%s", result["traceback"])
        if self.failures_path is None:
            return
        entry = {
            "url": item.url,
            "spider": item.spider,
            "error": result["error"],
            "at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            # where the bytes are kept, so the page can be re-extracted from the WARC files
            "parts": [{"url": part.url, "warc": part.warc} for part in item.parts],
        }
        self.failures_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.failures_path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)


def _too_large(parts: list[Any], max_bytes: int) -> str | None:
    """Why an item is too large to clean in the crawl, if it is: an HTML or text page over `max_bytes`."""
    if max_bytes <= 0:
        return None
    for part in parts:
        if len(part.body) > max_bytes and document_format(part.content_type, part.url, part.body) is None:
            return (f"TooLarge: {part.url} is {len(part.body)} bytes of HTML or text, more than "
                    f"EXTRACT_MAX_BYTES ({max_bytes}); it is archived, not cleaned")
    return None


def _part_digests(parts: list[Any]) -> list[tuple[str | None, str | None]]:
    """(URL, payload digest) of each page, from PageParts or the `parts` of stored metadata."""
    found = []
    for part in parts:
        url, warc = (part.get("url"), part.get("warc")) if isinstance(part, dict) else (part.url, part.warc)
        found.append((url, (warc or {}).get("payload_digest")))
    return found


class StorePipeline:
    """Writes each extracted document into ARCHIVE_DIR through archive.store.DocumentStore.

    Documents the cleaners judged not relevant stay in the WARC files only, unless STORE_IRRELEVANT.
    A document whose pages all have the payloads its stored version was made from (a recrawl that
    got a 304 or the same bytes, which the WARC files hold as revisit records) is not stored again;
    one whose pages changed becomes a new version, the old one kept. With DEDUP_ENABLED each stored
    version is filed in archive.dedup.DuplicateIndex, and every copy's metadata records its group
    and whether it is the canonical copy.
    """

    def __init__(self, archive_dir: str | Path, crawl: str = "", store_irrelevant: bool = False,
                 stats: StatsCollector | None = None, crawler: Crawler | None = None,
                 dedup: Thresholds | None = None) -> None:
        self.archive_dir = Path(archive_dir)
        self.crawl = crawl
        self.store_irrelevant = store_irrelevant
        self.stats = stats
        self.crawler = crawler
        self.dedup = dedup  # None: no near-duplicate grouping
        self.store: DocumentStore | None = None
        self.duplicates: DuplicateIndex | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        settings = crawler.settings
        dedup = None
        if settings.getbool("DEDUP_ENABLED"):
            defaults = Thresholds()
            dedup = Thresholds(
                jaccard=settings.getfloat("DEDUP_JACCARD", defaults.jaccard),
                containment=settings.getfloat("DEDUP_CONTAINMENT", defaults.containment),
                short_shingles=settings.getfloat("DEDUP_SHORT_SHINGLES", defaults.short_shingles),
                min_chars=settings.getint("DEDUP_MIN_CHARS", defaults.min_chars),
            )
        return cls(
            archive_dir=settings.get("ARCHIVE_DIR") or "archive-output",
            crawl=settings.get("CRAWL_NAME") or "",
            store_irrelevant=settings.getbool("STORE_IRRELEVANT"),
            stats=crawler.stats,
            crawler=crawler,
            dedup=dedup,
        )

    def open_spider(self, spider: Spider | None = None) -> None:
        self.store = DocumentStore(self.archive_dir, crawl=self.crawl)
        if self.dedup is not None:
            self.duplicates = DuplicateIndex(self.store.root / "manifest.sqlite", self.dedup)
            self._reconcile_groups()

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.duplicates is not None:
            self._reconcile_groups()
            self.duplicates.close()
            self.duplicates = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        document = getattr(item, "document", None)
        if document is None:
            return item
        if self.store is None:
            raise RuntimeError("StorePipeline.process_item called before open_spider")
        if not document.relevant and not self.store_irrelevant:
            self._inc("documents/irrelevant")
            logger.debug("not storing %s: not relevant", item.url)
            return item
        doc_id = document_id(item.url)
        current = self.store.metadata(doc_id)
        fetched = _part_digests(item.parts)
        if current is not None and fetched and all(digest for _, digest in fetched) \
                and fetched == _part_digests(current.get("parts") or []):
            self._inc("documents/unchanged")
            logger.debug("%s is unchanged since %s", item.url, current.get("stored_at"))
            if self.duplicates is not None and doc_id not in self.duplicates:
                self._file_copy(doc_id)  # stored before grouping was on, or its filing was cut short
            return item
        stored = self.store.save(document, url=item.url, spider=item.spider or self._spider_name(spider))
        if current is not None and stored.metadata.get("version") == current.get("version"):
            self._inc("documents/unchanged")  # new bytes, the same text: a view counter, a new banner
            logger.debug("%s changed on the page but not in its text", item.url)
            if self.duplicates is not None and doc_id not in self.duplicates:
                self._file_copy(doc_id)
            return item
        self._inc("documents/stored")
        if current is not None:
            self._inc("documents/new_versions")
        logger.debug("stored %s as %s version %s", item.url, stored.id, stored.metadata.get("version"))
        if self.duplicates is not None:
            self._file_copy(stored.id, stored.text, stored.metadata)
        return item

    def _file_copy(self, doc_id: str, text: str | None = None, meta: dict[str, Any] | None = None) -> None:
        """File a stored document with the near-duplicate index and update every copy it moved."""
        assert self.store is not None and self.duplicates is not None
        if text is None or meta is None:
            stored = self.store.get(doc_id)
            if stored is None:
                return
            text, meta = stored.text, stored.metadata
        placed = self.duplicates.add(doc_id, text, truncated=bool(meta.get("truncated")),
                                     spun=bool(meta.get("spun")), published=meta.get("published"),
                                     length=len(text))
        if placed.group_id != doc_id or placed.canonical_id != doc_id or placed.changed_ids:
            self._inc("dedup/copies")
        for moved in (doc_id, *placed.changed_ids):
            copy = self.duplicates.copy(moved)
            if copy is not None and self.store.set_group(moved, copy.group_id, copy.canonical):
                self._inc("dedup/metadata_updates")

    def _reconcile_groups(self) -> None:
        """Bring metadata in line with the index where a crawl was stopped between the two."""
        assert self.store is not None and self.duplicates is not None
        placements = self.duplicates.placements()
        for row in self.store.manifest.rows():
            placed = placements.get(row["id"])
            if placed is not None and (row["group_id"], bool(row["canonical"])) != placed:
                self.store.set_group(row["id"], *placed)

    def _spider_name(self, spider: Spider | None) -> str:
        if spider is None and self.crawler is not None:
            spider = self.crawler.spider
        return getattr(spider, "name", "") or ""

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)

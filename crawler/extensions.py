"""Extensions that keep a crawl's output safe.

- `ArchiveFolderLock` holds archive.lock.ArchiveLock on ARCHIVE_DIR for the whole crawl, so a second
  crawl (`scrapy crawl`, Scrapyd, `speech-archive crawl`) pointed at the same folder refuses to start
  instead of interleaving its writes with the first. It takes the lock while Scrapy builds the
  crawler, before any pipeline or middleware opens a file.
- `StopWhenArchiveUnwritable` closes the spider, with a clear error and the finish reason
  `archive_disk_full`, `archive_read_only` or `archive_io_error`, as soon as a write into the archive
  fails for want of space or because the file system turned read-only: a crawl that goes on would
  only fetch pages it cannot keep. What was written before is whole (the WARC writer cuts a failed
  record off, the store commits a document or nothing), and the same command resumes the crawl.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from archive.lock import ArchiveLock, ArchiveLocked
from archive.unwritable import Unwritable, archive_unwritable, unwritable

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from twisted.python.failure import Failure

logger = logging.getLogger(__name__)


class ArchiveFolderLock:
    def __init__(self, lock: ArchiveLock) -> None:
        self.lock = lock

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        if not settings.getbool("ARCHIVE_LOCK_ENABLED"):
            raise NotConfigured("ARCHIVE_LOCK_ENABLED is off")
        lock = ArchiveLock(Path(settings.get("ARCHIVE_DIR") or "archive-output"))
        try:
            lock.acquire()
        except ArchiveLocked as exc:
            logger.error("Not starting: %s", exc)
            raise
        except OSError as exc:
            why = unwritable(exc)
            if why is not None:
                logger.error("Not starting: the archive folder %s cannot be written: %s (%s)",
                             lock.folder, why.text, exc)
                raise
            # not a full or read-only disk: the recorder and the stores report what fails, as before
            logger.error("Cannot lock the archive folder %s (%s); crawling without the lock", lock.folder, exc)
            raise NotConfigured("no lock") from exc
        extension = cls(lock)
        crawler.signals.connect(extension.release, signal=signals.engine_stopped)
        return extension

    def release(self) -> None:
        self.lock.release()


class StopWhenArchiveUnwritable:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stopping: Unwritable | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        extension = cls(crawler)
        crawler.signals.connect(extension.archive_unwritable, signal=archive_unwritable)
        crawler.signals.connect(extension.item_error, signal=signals.item_error)
        return extension

    def item_error(self, item: Any, failure: Failure) -> None:
        # a pipeline (the store, the dedup index, the failure log of extraction) could not write
        self.archive_unwritable(failure.value)

    def archive_unwritable(self, exception: BaseException) -> None:
        why = unwritable(exception)
        stats = self.crawler.stats
        if why is None or stats is None:
            return
        stats.inc_value(f"archive/unwritable/{why.code}")
        if self.stopping is not None:
            return
        self.stopping = why
        folder = self.crawler.settings.get("ARCHIVE_DIR")
        logger.error("Stopping the crawl: the archive folder %s cannot be written: %s (%s). What was archived "
                     "before is kept whole; make room (or make the folder writable) and run the same crawl "
                     "again to go on.", folder, why.text, exception)
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None:
            stopped = deferred_from_coro(engine.close_spider_async(reason=why.finish_reason))
            stopped.addErrback(lambda failure: logger.error("Could not stop the crawl: %s", failure.value))

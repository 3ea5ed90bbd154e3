"""Every fetch that failed, kept in the manifest's `fetch_failures` table: what, when, and where it is archived.

One row per failed attempt (a URL retried twice and given up has three), with its `kind`:

- `download_error`: no response (timeout, refused or reset connection, a body over DOWNLOAD_MAXSIZE);
  the WARC files hold a request and a `metadata` record
- `http_status`: an error status (4xx, 5xx); the WARC files hold the response as it came
- `truncated`: a body cut short (the connection closed or reset before Content-Length was reached);
  archived with WARC-Truncated
- `redirect_loop`, `redirect_limit`: a redirect back into its own chain, or past REDIRECT_MAX_TIMES
- `decompression_limit`, `undecodable`: a compressed body over DOWNLOAD_MAXSIZE once decompressed,
  or one that does not decompress; archived as it came, not handed to the spider

Usable without Scrapy (crawler.middlewares_faults.FetchFailureLog fills it during a crawl).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from archive.manifest import Transaction, connect

KINDS = ("download_error", "http_status", "truncated", "redirect_loop", "redirect_limit",
         "decompression_limit", "undecodable")
COLUMNS = ("url", "at", "kind", "detail", "status", "attempt", "record_file", "record_offset", "record_id",
           "crawl", "job")


class FetchFailures:
    """The `fetch_failures` table of `db_path` (the archive's manifest.sqlite)."""

    def __init__(self, db_path: str | os.PathLike[str], crawl: str = "", job: str = "") -> None:
        # NORMAL: a row lost to a power cut is a failure the next crawl meets again
        self._db = connect(Path(db_path), synchronous="NORMAL")
        self.crawl = crawl
        self.job = job

    def add(self, url: str, kind: str, detail: str, *, status: int | None = None, attempt: int = 1,
            record: Mapping[str, Any] | None = None) -> None:
        """Record one failed attempt; `record` is the WARC pointer (`file`, `offset`, `record_id`) showing it."""
        if kind not in KINDS:
            raise ValueError(f"unknown failure kind {kind!r}")
        record = record or {}
        at = datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
        values = (url, at, kind, detail, status, attempt, record.get("file"), record.get("offset"),
                  record.get("record_id"), self.crawl or None, self.job or None)
        with Transaction(self._db):
            self._db.execute(f"INSERT INTO fetch_failures ({', '.join(COLUMNS)})"
                             f" VALUES ({', '.join('?' * len(COLUMNS))})", values)

    def rows(self, url: str | None = None) -> Iterator[dict[str, Any]]:
        query, args = "SELECT * FROM fetch_failures", ()
        if url is not None:
            query, args = query + " WHERE url = ?", (url,)
        for found in self._db.execute(query + " ORDER BY id", args):
            yield dict(found)

    def counts(self) -> Counter[str]:
        """Failed attempts per kind."""
        found = self._db.execute("SELECT kind, count(*) FROM fetch_failures GROUP BY kind")
        return Counter({kind: count for kind, count in found})

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> FetchFailures:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

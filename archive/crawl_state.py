"""What earlier crawls fetched, kept in `manifest.sqlite` so a recrawl can start from it.

`url_state` holds one row per URL (canonicalised): when it was last fetched, the status, the ETag and
Last-Modified validators, the payload digest, the record that capture wrote and the record holding
its payload (the same record for a plain response; the earlier one a revisit or a 304 refers to), and
the crawl job that fetched it. `payload_index` says where each payload digest was first archived, per
URL, so an identical payload can be written as a revisit record instead of a second copy.

Usable without Scrapy; `read_response` reads an archived response back for replay.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from archive.manifest import Transaction, connect
from archive.store import canonical_url
from archive.warc_writer import OPEN_SUFFIX


@dataclass(frozen=True)
class Capture:
    """A WARC record: what it captured (`uri`, `date`) and where it is (`file` under warc/, byte span)."""

    uri: str
    record_id: str
    date: str
    file: str
    offset: int
    length: int

    def pointer(self) -> dict[str, Any]:
        """The form request.meta["warc_record"] and document metadata use."""
        return {"file": self.file, "offset": self.offset, "length": self.length,
                "record_id": self.record_id, "date": self.date, "uri": self.uri}


@dataclass(frozen=True)
class UrlState:
    url: str  # canonical
    fetched_url: str
    fetched_at: str
    status: int
    etag: str | None
    last_modified: str | None
    payload_digest: str | None
    record_type: str | None
    record: Capture | None  # what the last fetch wrote
    payload: Capture | None  # the response record holding the payload that fetch saw
    job: str | None


@dataclass(frozen=True)
class ArchivedResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes  # the payload as stored: content-encoded as it came, transfer-encoding removed
    protocol: str


def utc_now() -> str:
    """The form `fetched_at` is kept in: ISO 8601 UTC with microseconds, so the strings sort as times."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _record_capture(row: Any) -> Capture | None:
    if row["record_file"] is None:
        return None
    return Capture(uri=row["fetched_url"], record_id=row["record_id"], date=row["record_date"],
                   file=row["record_file"], offset=row["record_offset"], length=row["record_length"])


def _payload_capture(row: Any) -> Capture | None:
    if row["payload_file"] is None:
        return None
    return Capture(uri=row["payload_uri"], record_id=row["payload_record_id"], date=row["payload_date"],
                   file=row["payload_file"], offset=row["payload_offset"], length=row["payload_length"])


class CrawlState:
    """URL state and payload index in `db_path` (the archive's manifest.sqlite).

    `job` names the crawl job whose fetches are recorded (crawler.middlewares_recrawl replays them
    when the job is resumed); fetches of an unnamed job belong to no job.
    """

    def __init__(self, db_path: str | os.PathLike[str], job: str = "") -> None:
        # NORMAL: what a power cut loses here is only a fetch to make again
        self._db = connect(Path(db_path), synchronous="NORMAL")
        self.job = job

    def get(self, url: str) -> UrlState | None:
        row = self._db.execute("SELECT * FROM url_state WHERE url = ?", (canonical_url(url),)).fetchone()
        if row is None:
            return None
        return UrlState(
            url=row["url"], fetched_url=row["fetched_url"], fetched_at=row["fetched_at"],
            status=row["status"], etag=row["etag"], last_modified=row["last_modified"],
            payload_digest=row["payload_digest"],
            record_type=row["record_type"], record=_record_capture(row), payload=_payload_capture(row),
            job=row["job"],
        )

    def find_payload(self, digest: str, url: str) -> Capture | None:
        """Where a payload was first archived: under this URL if it was, else the earliest capture."""
        row = self._db.execute(
            "SELECT * FROM payload_index WHERE digest = ? ORDER BY url = ? DESC, date, rowid LIMIT 1",
            (digest, canonical_url(url)),
        ).fetchone()
        if row is None:
            return None
        return Capture(uri=row["uri"], record_id=row["record_id"], date=row["date"], file=row["file"],
                       offset=row["offset"], length=row["length"])

    def record_fetch(
        self,
        url: str,
        *,
        status: int,
        record_type: str,
        record: Capture,
        payload: Capture | None,
        payload_digest: str | None,
        etag: str | None = None,
        last_modified: str | None = None,
        index_payload: bool = False,
        fetched_at: str | None = None,
    ) -> None:
        """Remember one fetch; `index_payload` files `payload` in the index under `payload_digest`
        (replacing an entry for this URL, which is only asked for when that capture could not be used).

        A 304 keeps the payload it confirmed, and the validators unless it sent new ones.
        """
        key = canonical_url(url)
        with Transaction(self._db):
            if status == 304:  # no payload of its own: what it confirmed stays the URL's payload
                previous = self.get(url)
                if previous is not None:
                    etag = etag or previous.etag
                    last_modified = last_modified or previous.last_modified
                    payload = payload or previous.payload
                    payload_digest = payload_digest or previous.payload_digest
            self._db.execute(
                "INSERT OR REPLACE INTO url_state (url, fetched_url, fetched_at, status, etag, last_modified,"
                " payload_digest, record_type, record_file, record_offset, record_length, record_id,"
                " record_date, payload_uri, payload_file, payload_offset, payload_length, payload_record_id,"
                " payload_date, job) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, url, fetched_at or utc_now(), status, etag, last_modified, payload_digest, record_type,
                 record.file, record.offset, record.length, record.record_id, record.date,
                 payload.uri if payload else None, payload.file if payload else None,
                 payload.offset if payload else None, payload.length if payload else None,
                 payload.record_id if payload else None, payload.date if payload else None, self.job or None),
            )
            if index_payload and payload is not None and payload_digest:
                self._db.execute(
                    "INSERT OR REPLACE INTO payload_index"
                    " (digest, url, uri, record_id, date, file, offset, length)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (payload_digest, key, payload.uri, payload.record_id, payload.date, payload.file,
                     payload.offset, payload.length),
                )

    def close(self) -> None:
        self._db.close()


def read_response(warc_dir: str | os.PathLike[str], capture: Capture) -> ArchivedResponse:
    """The response record at `capture`, from its file or, while its crawl still writes it, `.open` file.

    Raises OSError when the file is gone and ValueError when the record there is not that response.
    """
    path = Path(warc_dir) / capture.file
    if not path.exists():
        still_open = path.with_name(path.name + OPEN_SUFFIX)
        if not still_open.exists():
            raise FileNotFoundError(f"{capture.file} is not in {warc_dir}")
        path = still_open
    with open(path, "rb") as fh:
        fh.seek(capture.offset)
        record = next(iter(ArchiveIterator(fh)), None)
        if record is None or record.rec_headers.get_header("WARC-Record-ID") != capture.record_id:
            raise ValueError(f"{capture.record_id} is not at {capture.file}:{capture.offset}")
        if record.rec_type != "response" or record.http_headers is None:
            raise ValueError(f"{capture.record_id} is a {record.rec_type} record, not an HTTP response")
        http = record.http_headers
        body = record.raw_stream.read()
    status = int(http.get_statuscode() or 0)
    return ArchivedResponse(status=status, headers=list(http.headers), body=body,
                            protocol=http.protocol or "HTTP/1.1")


def restore_fetches(db_path: str | os.PathLike[str], warc_path: str | os.PathLike[str]) -> int:
    """File in the crawl state the fetches a killed crawl archived in `warc_path` but did not record.

    The recorder writes a response's records, then its state row: a kill between the two leaves a
    capture the state does not know, which a resumed job would fetch again. Each response or revisit
    record in the file whose URL has no row as recent is recorded, under the job the file's warcinfo
    names. Returns how many were.
    """
    path = Path(warc_path)
    state = CrawlState(db_path)
    restored = 0
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                if record.rec_type == "warcinfo":
                    state.job = _warcinfo_field(record.content_stream().read(), "job") or ""
                    continue
                if record.rec_type not in ("response", "revisit") or record.http_headers is None:
                    continue
                headers = record.rec_headers
                capture = Capture(uri=headers.get_header("WARC-Target-URI"),
                                  record_id=headers.get_header("WARC-Record-ID"),
                                  date=headers.get_header("WARC-Date"), file=path.name,
                                  offset=records.get_record_offset(), length=records.get_record_length())
                if _restore(state, record, capture):
                    restored += 1
    finally:
        state.close()
    return restored


def _restore(state: CrawlState, record: Any, capture: Capture) -> bool:
    known = state.get(capture.uri)
    fetched_at = _iso(capture.date)
    if known is not None and (known.record is not None and known.record.record_id == capture.record_id
                              or _iso(known.fetched_at) >= fetched_at):
        return False  # recorded, or a later fetch is
    http = record.http_headers
    status = int(http.get_statuscode() or 0)
    digest = record.rec_headers.get_header("WARC-Payload-Digest")
    payload: Capture | None = None
    new_payload = False
    if record.rec_type == "revisit":
        if status != 304:  # (a 304 keeps the payload its row has)
            found = state.find_payload(digest, capture.uri) if digest else None
            if found is None or found.record_id != record.rec_headers.get_header("WARC-Refers-To"):
                return False  # the payload cannot be found: the URL is fetched again
            payload = found
    elif status != 304:
        payload = capture
        new_payload = 200 <= status < 300 and status != 206 and bool(digest) \
            and not record.rec_headers.get_header("WARC-Truncated")
    state.record_fetch(capture.uri, status=status, record_type=record.rec_type, record=capture,
                       payload=payload, payload_digest=digest, etag=http.get_header("ETag"),
                       last_modified=http.get_header("Last-Modified"), index_payload=new_payload,
                       fetched_at=fetched_at)
    return True


def _warcinfo_field(block: bytes, name: str) -> str | None:
    for line in block.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == name:
            return value.strip() or None
    return None


def _iso(date: str) -> str:
    """A WARC-Date or `fetched_at` in `utc_now`'s form, so the two compare as times."""
    moment = datetime.fromisoformat(date.replace("Z", "+00:00")).astimezone(UTC)
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")

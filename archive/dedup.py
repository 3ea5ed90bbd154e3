"""Near-duplicate copies of one speech: the same text on several sites, or twice on one.

A copy is compared as Simplified text normalised to its Han characters, digits and Latin letters
(NFKC, lower case): punctuation, spacing and layout differ between sites and say nothing. Candidates
come three ways, because plain Jaccard misses the copies that matter most:

- MinHash LSH over 5-character shingles (datasketch): copies that share most of their text;
- shared sample marks (every 5-character shingle whose hash is 0 mod MARK_RATE, kept in SQLite): a
  truncated copy is contained in the full one though their Jaccard is as small as the cut is deep;
- MinHash LSH over 3-character shingles: a spun copy's synonym swaps break most 5-character
  shingles, yet the 3-character ones between the swaps survive.

Each candidate is then checked exactly: Jaccard of the 5-shingles, containment of the shorter
copy's 5-shingles in the longer's, or containment of its 3-shingles. Copies that match form a
group (its id is the id of the copy seen first); the canonical copy is the most complete one: not
truncated, not spun, the longest body, the earliest publication.

`DuplicateIndex` keeps copies and groups in the archive's manifest.sqlite and needs neither Scrapy
nor the document store; its in-memory LSH is rebuilt from there and follows other writers.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from archive.manifest import Transaction, connect

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # named, since stored hash values do not say which permutations made them
MARK_RATE = 8  # about one 5-shingle in eight is a mark
# sharing this share of the shorter copy's marks makes a candidate: a truncated copy shares all, a
# spun and truncated one a third or more, unrelated speeches on the same subject a few hundredths
MARK_CANDIDATE = 0.25
_BATCH = 500  # SQLite host parameters per query
_KEEP = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+")


def normalise(text: str) -> str:
    """Han characters, digits and Latin letters only, width-folded and lower-cased."""
    return "".join(_KEEP.findall(unicodedata.normalize("NFKC", text).lower()))


def shingles(norm: str, size: int) -> set[str]:
    if len(norm) <= size:
        return {norm} if norm else set()
    return {norm[i : i + size] for i in range(len(norm) - size + 1)}


def _minhash(grams: set[str]) -> LeanMinHash:
    sketch = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    sketch.update_batch([gram.encode("utf-8") for gram in sorted(grams)])
    return LeanMinHash(sketch)


def _from_blob(blob: bytes) -> LeanMinHash:
    return LeanMinHash(seed=SEED, hashvalues=np.frombuffer(blob, dtype="<u4"), scheme=SCHEME)


def _to_blob(sketch: LeanMinHash) -> bytes:
    return np.asarray(sketch.hashvalues, dtype="<u4").tobytes()


def _marks(grams: set[str]) -> set[int]:
    found = set()
    for gram in grams:
        digest = hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest()
        value = int.from_bytes(digest, "big", signed=True)
        if value % MARK_RATE == 0:
            found.add(value)
    return found


@dataclass(frozen=True)
class Thresholds:
    """When two copies are one speech (see the module docstring); lengths in normalised characters."""

    jaccard: float = 0.5  # 5-shingle Jaccard
    containment: float = 0.8  # the shorter copy's 5-shingles found in the longer
    # the shorter copy's 3-shingles found in the longer: a heavily spun copy keeps about half,
    # unrelated speeches on the same subject share under a fifth
    short_shingles: float = 0.5
    min_chars: int = 100  # both containments need this much text in the shorter copy


@dataclass(frozen=True)
class Match:
    jaccard: float
    containment: float
    short_shingles: float

    def same_speech(self, shorter_chars: int, limits: Thresholds) -> bool:
        if self.jaccard >= limits.jaccard:
            return True
        if shorter_chars < limits.min_chars:
            return False
        return self.containment >= limits.containment or self.short_shingles >= limits.short_shingles


def compare(norm_a: str, norm_b: str) -> Match:
    """Exact similarity of two normalised texts."""
    a5, b5 = shingles(norm_a, 5), shingles(norm_b, 5)
    a3, b3 = shingles(norm_a, 3), shingles(norm_b, 3)
    if not a5 or not b5:
        return Match(0.0, 0.0, 0.0)
    shared5, shared3 = len(a5 & b5), len(a3 & b3)
    return Match(
        jaccard=shared5 / len(a5 | b5),
        containment=shared5 / min(len(a5), len(b5)),
        short_shingles=shared3 / min(len(a3), len(b3)),
    )


class Placement(NamedTuple):
    group_id: str
    canonical_id: str
    changed_ids: list[str]  # other copies whose group or canonical flag this add changed


@dataclass(frozen=True)
class Copy:
    doc_id: str
    group_id: str
    canonical: bool
    truncated: bool
    spun: bool
    published: str | None
    length: int


def _canonical_key(row: Any) -> tuple[Any, ...]:
    # the most complete copy first; the one seen first breaks a tie
    return (bool(row["truncated"]), bool(row["spun"]), -int(row["length"]), row["published"] or "\uffff",
            row["seq"])


class DuplicateIndex:
    """Copies and their groups in `db_path` (the archive's manifest.sqlite)."""

    def __init__(self, db_path: str | os.PathLike[str], thresholds: Thresholds | None = None) -> None:
        self._db = connect(Path(db_path))
        self.thresholds = thresholds or Thresholds()
        self._lsh5 = MinHashLSH(threshold=self.thresholds.jaccard, num_perm=NUM_PERM)
        # 3-shingles of a spun copy keep roughly half their Jaccard: ask for less
        self._lsh3 = MinHashLSH(threshold=max(0.2, self.thresholds.short_shingles / 2), num_perm=NUM_PERM)
        self._indexed: set[str] = set()
        self._rev = 0
        self._before: dict[str, tuple[str, int]] = {}

    # --- adding a copy ---

    def add(self, doc_id: str, simplified_text: str, *, truncated: bool = False, spun: bool = False,
            published: str | None = None, length: int | None = None) -> Placement:
        """File a copy (again): its group, that group's canonical copy, and the other copies that changed.

        `length` is the body's length (default: the text's); re-adding a copy whose text changed takes
        it out of its old group first.
        """
        norm = normalise(simplified_text)
        text_sha1 = hashlib.sha1(norm.encode("utf-8")).hexdigest()
        length = len(simplified_text) if length is None else length
        with Transaction(self._db):
            self._sync()
            self._before = {}
            existing = self._row(doc_id)
            touched: set[str] = set()
            if existing is not None and existing["text_sha1"] == text_sha1:
                self._db.execute(
                    "UPDATE dedup_copies SET truncated = ?, spun = ?, published = ?, length = ?"
                    " WHERE doc_id = ?",
                    (int(truncated), int(spun), published, length, doc_id),
                )
                touched.add(existing["group_id"])
            else:
                if existing is not None:
                    touched |= self._leave(doc_id, existing["group_id"])
                touched |= self._file(doc_id, norm, text_sha1, truncated, spun, published, length,
                                      existing["seq"] if existing is not None else None)
            for group_id in touched:
                self._choose_canonical(group_id)
            after = {row["doc_id"]: (row["group_id"], row["canonical"]) for row in self._rows(self._before)}
        row = self._row(doc_id)
        assert row is not None
        canonical = self._db.execute(
            "SELECT doc_id FROM dedup_copies WHERE group_id = ? AND canonical = 1", (row["group_id"],)
        ).fetchone()
        changed = sorted(d for d, placed in after.items() if d != doc_id and self._before[d] != placed)
        return Placement(row["group_id"], canonical["doc_id"], changed)

    def _file(self, doc_id: str, norm: str, text_sha1: str, truncated: bool, spun: bool,
              published: str | None, length: int, seq: int | None) -> set[str]:
        """Store the copy's sketches and join it to every group it matches; the groups touched."""
        grams5, grams3 = shingles(norm, 5), shingles(norm, 3)
        sketch5, sketch3 = _minhash(grams5), _minhash(grams3)
        marks = _marks(grams5)
        matches = [other for other in self._candidates(doc_id, sketch5, sketch3, marks)
                   if self._same_speech(norm, other)]
        groups = {row["group_id"] for row in self._rows(matches)}
        if seq is None:
            seq = int(self._db.execute("SELECT coalesce(max(seq), 0) + 1 FROM dedup_copies").fetchone()[0])
        rev = int(self._db.execute("SELECT coalesce(max(rev), 0) + 1 FROM dedup_copies").fetchone()[0])
        self._db.execute(
            "INSERT OR REPLACE INTO dedup_copies (doc_id, seq, rev, group_id, canonical, truncated, spun,"
            " published, length, text_sha1, text, minhash5, minhash3, marks)"
            " VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, seq, rev, doc_id, int(truncated), int(spun), published, length, text_sha1,
             zlib.compress(norm.encode("utf-8")), _to_blob(sketch5), _to_blob(sketch3), len(marks)),
        )
        self._db.execute("DELETE FROM dedup_marks WHERE doc_id = ?", (doc_id,))
        self._db.executemany("INSERT INTO dedup_marks (mark, doc_id) VALUES (?, ?)",
                             [(mark, doc_id) for mark in marks])
        self._index(doc_id, sketch5, sketch3)
        self._rev = max(self._rev, rev)
        # the merged group is named after its member seen first, so a group keeps its id as it grows
        members = list(dict.fromkeys([doc_id, *self._members(groups)]))
        group_id = self._first_seen(members)
        self._set_group(members, group_id)
        return {group_id}

    def _leave(self, doc_id: str, group_id: str) -> set[str]:
        """Take a copy whose text changed out of its group; what is left may fall apart."""
        rest = [d for d in self._members({group_id}) if d != doc_id]
        self._db.execute("UPDATE dedup_copies SET group_id = ? WHERE doc_id = ?", (doc_id, doc_id))
        texts = {row["doc_id"]: zlib.decompress(row["text"]).decode("utf-8") for row in self._rows(rest)}
        parent = {d: d for d in rest}

        def root(d: str) -> str:
            while parent[d] != d:
                parent[d] = parent[parent[d]]
                d = parent[d]
            return d

        for i, a in enumerate(rest):
            for b in rest[i + 1 :]:
                if root(a) != root(b) and self._matches(texts[a], texts[b]):
                    parent[root(a)] = root(b)
        components: dict[str, list[str]] = {}
        for d in rest:
            components.setdefault(root(d), []).append(d)
        touched = {doc_id}
        for members in components.values():
            new_id = self._first_seen(members)
            self._set_group(members, new_id)
            touched.add(new_id)
        return touched

    def _candidates(self, doc_id: str, sketch5: LeanMinHash, sketch3: LeanMinHash,
                    marks: set[int]) -> set[str]:
        found = set(self._lsh5.query(sketch5)) | set(self._lsh3.query(sketch3))
        shared: dict[str, int] = {}
        listed = sorted(marks)
        for start in range(0, len(listed), _BATCH):
            batch = listed[start : start + _BATCH]
            query = (f"SELECT doc_id, count(*) FROM dedup_marks WHERE mark IN ({', '.join('?' * len(batch))})"
                     " GROUP BY doc_id")
            for other, count in self._db.execute(query, batch):
                shared[other] = shared.get(other, 0) + count
        if shared:
            sizes = {row["doc_id"]: row["marks"] for row in self._rows(list(shared))}
            found |= {other for other, count in shared.items()
                      if other in sizes and count >= max(1, MARK_CANDIDATE * min(len(marks), sizes[other]))}
        found.discard(doc_id)
        return found

    def _same_speech(self, norm: str, other: str) -> bool:
        row = self._row(other)
        return row is not None and self._matches(norm, zlib.decompress(row["text"]).decode("utf-8"))

    def _matches(self, norm_a: str, norm_b: str) -> bool:
        return compare(norm_a, norm_b).same_speech(min(len(norm_a), len(norm_b)), self.thresholds)

    def _choose_canonical(self, group_id: str) -> None:
        rows = self._db.execute("SELECT * FROM dedup_copies WHERE group_id = ?", (group_id,)).fetchall()
        if not rows:
            return
        best = min(rows, key=_canonical_key)["doc_id"]
        self._note_before(rows)
        self._db.execute("UPDATE dedup_copies SET canonical = (doc_id = ?) WHERE group_id = ?",
                         (best, group_id))

    # --- reading ---

    def copy(self, doc_id: str) -> Copy | None:
        row = self._row(doc_id)
        return _copy(row) if row is not None else None

    def group(self, group_id: str) -> list[Copy]:
        """The copies in a group, the canonical one first."""
        rows = self._db.execute(
            "SELECT * FROM dedup_copies WHERE group_id = ? ORDER BY canonical DESC, seq", (group_id,)
        ).fetchall()
        return [_copy(row) for row in rows]

    def placements(self) -> dict[str, tuple[str, bool]]:
        """Every copy's (group id, canonical)."""
        return {row["doc_id"]: (row["group_id"], bool(row["canonical"]))
                for row in self._db.execute("SELECT doc_id, group_id, canonical FROM dedup_copies")}

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self._row(doc_id) is not None

    # --- housekeeping ---

    def _sync(self) -> None:
        """Bring the in-memory LSH up to the copies other writers (or an earlier run) filed."""
        rows = self._db.execute(
            "SELECT doc_id, rev, minhash5, minhash3 FROM dedup_copies WHERE rev > ? ORDER BY rev",
            (self._rev,),
        ).fetchall()
        for row in rows:
            self._index(row["doc_id"], _from_blob(row["minhash5"]), _from_blob(row["minhash3"]))
            self._rev = max(self._rev, row["rev"])

    def _index(self, doc_id: str, sketch5: LeanMinHash, sketch3: LeanMinHash) -> None:
        if doc_id in self._indexed:
            self._lsh5.remove(doc_id)
            self._lsh3.remove(doc_id)
        self._lsh5.insert(doc_id, sketch5)
        self._lsh3.insert(doc_id, sketch3)
        self._indexed.add(doc_id)

    def _row(self, doc_id: str) -> Any:
        return self._db.execute("SELECT * FROM dedup_copies WHERE doc_id = ?", (doc_id,)).fetchone()

    def _rows(self, doc_ids: Iterable[str]) -> list[Any]:
        ids = list(doc_ids)
        found = []
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            found += self._db.execute(
                f"SELECT * FROM dedup_copies WHERE doc_id IN ({', '.join('?' * len(batch))})", batch
            ).fetchall()
        return found

    def _members(self, groups: Iterable[str]) -> list[str]:
        listed = list(groups)
        if not listed:
            return []
        query = f"SELECT doc_id FROM dedup_copies WHERE group_id IN ({', '.join('?' * len(listed))})"
        return [row["doc_id"] for row in self._db.execute(query, listed)]

    def _first_seen(self, doc_ids: list[str]) -> str:
        rows = self._rows(doc_ids)
        return min(rows, key=lambda row: row["seq"])["doc_id"]

    def _note_before(self, rows: Iterable[Any]) -> None:
        """Remember how copies were placed before this add touched them, to report what changed."""
        for row in rows:
            self._before.setdefault(row["doc_id"], (row["group_id"], row["canonical"]))

    def _set_group(self, doc_ids: list[str], group_id: str) -> None:
        self._note_before(self._rows(doc_ids))
        self._db.executemany("UPDATE dedup_copies SET group_id = ? WHERE doc_id = ?",
                             [(group_id, d) for d in doc_ids])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> DuplicateIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _copy(row: Any) -> Copy:
    return Copy(doc_id=row["doc_id"], group_id=row["group_id"], canonical=bool(row["canonical"]),
                truncated=bool(row["truncated"]), spun=bool(row["spun"]), published=row["published"],
                length=int(row["length"]))

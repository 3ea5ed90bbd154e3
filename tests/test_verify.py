"""verify_warc, verify_archive and repair_open_warc on files written by WarcFileWriter, then damaged."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from test_warc_writer import exchange
from warcio.archiveiterator import ArchiveIterator

from archive.verify import repair_open_warc, verify_archive, verify_warc
from archive.warc_writer import RecordLocation, WarcFileWriter


def write_warc(directory: Path, groups: int = 3, gzip: bool = True) -> tuple[Path, list[RecordLocation]]:
    writer = WarcFileWriter(directory, gzip=gzip)
    locations = [location for n in range(groups) for location in writer.write_records(exchange(writer, n))]
    writer.close()
    return writer.closed_files[0], locations


def rewrite_member(path: Path, location: RecordLocation, change: tuple[bytes, bytes]) -> None:
    """Replace bytes inside one record and gzip it again, as a damaged copy would be."""
    data = path.read_bytes()
    member = data[location.offset : location.offset + location.length]
    record = gzip.decompress(member)
    assert change[0] in record
    damaged = gzip.compress(record.replace(change[0], change[1], 1))
    path.write_bytes(data[: location.offset] + damaged + data[location.offset + location.length :])


def record_count(path: Path) -> int:
    with open(path, "rb") as fh:
        return sum(1 for _ in ArchiveIterator(fh))


def test_a_sound_file_has_no_problems(tmp_path: Path) -> None:
    path, _ = write_warc(tmp_path)
    assert verify_warc(path) == []


def test_last_record_cut_short_is_found(tmp_path: Path) -> None:
    path, locations = write_warc(tmp_path)
    last = locations[-1]
    path.write_bytes(path.read_bytes()[: last.offset + last.length - 30])
    problems = verify_warc(path)
    assert any(f"offset {last.offset}: gzip member is truncated" in problem for problem in problems)


def test_block_shorter_than_content_length_is_found(tmp_path: Path) -> None:
    path, locations = write_warc(tmp_path)
    response = locations[2]  # warcinfo is not among the locations: 0 and 1 are the first pair
    with open(path, "rb") as fh:
        fh.seek(response.offset)
        length = next(iter(ArchiveIterator(fh))).rec_headers.get_header("Content-Length")
    longer = (f"Content-Length: {length}\r\n".encode(), f"Content-Length: {int(length) + 7}\r\n".encode())
    rewrite_member(path, response, longer)
    problems = verify_warc(path)
    assert any(f"offset {response.offset}: block and record end are" in problem for problem in problems)


def test_changed_body_fails_its_digests(tmp_path: Path) -> None:
    path, locations = write_warc(tmp_path)
    rewrite_member(path, locations[0], ("计划生育".encode(), "计划生产".encode()))
    problems = verify_warc(path)
    assert any(
        "digest" in problem and problem.startswith(f"offset {locations[0].offset}") for problem in problems
    )


def test_garbage_after_the_last_record_is_found(tmp_path: Path) -> None:
    path, _ = write_warc(tmp_path)
    with open(path, "ab") as fh:
        fh.write(b"not gzip at all")
    assert any("corrupt gzip data" in problem for problem in verify_warc(path))


def test_a_file_must_open_with_warcinfo(tmp_path: Path) -> None:
    path, locations = write_warc(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[locations[0].offset :])
    assert verify_warc(path) == ["offset 0: the file does not start with a warcinfo record"]


def test_records_with_more_than_one_per_gzip_member_are_refused(tmp_path: Path) -> None:
    path, _ = write_warc(tmp_path)
    path.write_bytes(gzip.compress(gzip.decompress(path.read_bytes())))
    assert verify_warc(path) != []


def test_uncompressed_files_are_checked_too(tmp_path: Path) -> None:
    path, locations = write_warc(tmp_path, gzip=False)
    assert verify_warc(path) == []
    path.write_bytes(path.read_bytes()[:-10])
    assert any("record is truncated" in problem for problem in verify_warc(path))


def test_verify_archive_reports_every_file(tmp_path: Path) -> None:
    good, _ = write_warc(tmp_path)
    bad, _ = write_warc(tmp_path)
    bad.write_bytes(bad.read_bytes()[:-5])
    left_open = tmp_path / "SPEECH-crawl.warc.gz.open"
    left_open.write_bytes(b"")
    results = verify_archive(tmp_path)
    assert set(results) == {good, bad, left_open}
    assert results[good] == []
    assert results[bad] != []
    assert "still open" in results[left_open][0]


@pytest.mark.parametrize("compressed", [True, False])
def test_repair_cuts_after_the_last_whole_record(tmp_path: Path, compressed: bool) -> None:
    path, locations = write_warc(tmp_path, gzip=compressed)
    cut = locations[-1].offset + locations[-1].length // 2  # inside the last request record
    open_path = path.with_name(path.name + ".open")
    open_path.write_bytes(path.read_bytes()[:cut])
    path.unlink()
    assert verify_warc(open_path) != []

    repaired = repair_open_warc(open_path)
    assert repaired == path and not open_path.exists()
    assert verify_warc(repaired) == []
    assert repaired.stat().st_size == locations[-1].offset
    assert record_count(repaired) == 1 + len(locations) - 1


def test_repair_of_a_file_without_one_whole_record_removes_it(tmp_path: Path) -> None:
    path, _ = write_warc(tmp_path)
    open_path = path.with_name(path.name + ".open")
    open_path.write_bytes(path.read_bytes()[:40])
    path.unlink()
    assert repair_open_warc(open_path) is None
    assert list(tmp_path.iterdir()) == []


def test_repair_refuses_other_files(tmp_path: Path) -> None:
    path, _ = write_warc(tmp_path)
    with pytest.raises(ValueError):
        repair_open_warc(path)
    open_copy = path.with_name(path.name + ".open")
    open_copy.write_bytes(path.read_bytes())
    with pytest.raises(FileExistsError):
        repair_open_warc(open_copy)

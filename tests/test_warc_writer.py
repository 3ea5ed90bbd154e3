"""WarcFileWriter on its own, without Scrapy: names, warcinfo, locations, rotation, flushing, failures."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
import textwrap
from io import BytesIO
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from archive.verify import repair_open_warc, verify_warc
from archive.warc_writer import HttpHeaders, WarcFileWriter

PROJECT_DIR = Path(__file__).resolve().parent.parent
NAME = re.compile(
    r"^(?P<prefix>[A-Z]+)-(?P<stamp>\d{17})-(?P<serial>\d{5})-(?P<pid>\d+)~(?P<host>[\w.-]+)\.warc\.gz$"
)
BODY = "各位理事、同志们：计划生育协会的工作要做深做实。".encode()


def exchange(writer: WarcFileWriter, n: int, body: bytes = BODY) -> list[ArcWarcRecord]:
    """A response and request record pair, as a crawler would hand it over."""
    url = f"http://example.org/speech/{n}.html"
    response = writer.create_warc_record(
        url,
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=HttpHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        ),
    )
    request = writer.create_warc_record(
        url,
        "request",
        payload=BytesIO(b""),
        length=0,
        http_headers=HttpHeaders(f"/speech/{n}.html HTTP/1.1", [("Host", "example.org")], protocol="GET"),
        warc_headers_dict={"WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
    )
    return [response, request]


def records_of(path: Path) -> list[ArcWarcRecord]:
    with open(path, "rb") as fh:
        out = []
        for record in ArchiveIterator(fh):
            record.payload = record.raw_stream.read()
            out.append(record)
        return out


def test_file_is_open_while_written_then_renamed(tmp_path: Path) -> None:
    writer = WarcFileWriter(tmp_path, prefix="SPEECH")
    locations = writer.write_records(exchange(writer, 1))
    open_path = writer.open_path
    assert open_path is not None and open_path.name.endswith(".warc.gz.open") and open_path.exists()
    final_name = open_path.name.removesuffix(".open")
    assert {location.file for location in locations} == {final_name}
    assert not (tmp_path / final_name).exists()

    writer.close()
    writer.close()  # a second close (spider_closed, then engine_stopped) does nothing
    assert sorted(path.name for path in tmp_path.iterdir()) == [final_name]
    assert writer.closed_files == [tmp_path / final_name]
    match = NAME.match(final_name)
    assert match and match["prefix"] == "SPEECH" and int(match["pid"]) == os.getpid()


def test_each_file_opens_with_warcinfo(tmp_path: Path) -> None:
    info = {"isPartOf": "test-crawl", "operator": "Archivist <a@example.org>", "robots": "obey"}
    with WarcFileWriter(tmp_path, warcinfo=info) as writer:
        writer.write_records(exchange(writer, 1))
    [path] = tmp_path.iterdir()
    first, *rest = records_of(path)
    assert first.rec_type == "warcinfo"
    assert first.rec_headers.protocol == "WARC/1.1"
    assert first.rec_headers.get_header("WARC-Filename") == path.name
    fields = dict(line.split(": ", 1) for line in first.payload.decode().splitlines())
    assert fields["software"].startswith("speech-archive/0.1.0 (") and "warcio/" in fields["software"]
    assert fields["format"] == "WARC File Format 1.1"
    assert fields["conformsTo"].startswith("https://iipc.github.io/warc-specifications/")
    assert fields["hostname"] == writer.hostname
    assert fields["isPartOf"] == "test-crawl"
    assert fields["operator"] == "Archivist <a@example.org>"
    assert [record.rec_type for record in rest] == ["response", "request"]


def test_locations_point_at_whole_gzip_members(tmp_path: Path) -> None:
    with WarcFileWriter(tmp_path) as writer:
        records = exchange(writer, 1)
        ids = [record.rec_headers.get_header("WARC-Record-ID") for record in records]
        locations = writer.write_records(records)
    data = (tmp_path / locations[0].file).read_bytes()
    assert [location.record_id for location in locations] == ids
    assert locations[1].offset == locations[0].offset + locations[0].length
    for location, record_id in zip(locations, ids, strict=True):
        member = data[location.offset : location.offset + location.length]
        assert gzip.decompress(member).startswith(b"WARC/1.1\r\n")
        [record] = ArchiveIterator(BytesIO(member))
        assert record.rec_headers.get_header("WARC-Record-ID") == record_id


def test_rotation_never_splits_a_group(tmp_path: Path) -> None:
    writer = WarcFileWriter(tmp_path, max_size=2500)
    groups = [writer.write_records(exchange(writer, n, BODY * 3)) for n in range(12)]
    writer.close()

    files = sorted(tmp_path.iterdir())
    assert len(files) >= 3
    assert all(len({location.file for location in group}) == 1 for group in groups)
    for path in files:
        assert verify_warc(path) == []
        types = [record.rec_type for record in records_of(path)]
        assert types[0] == "warcinfo" and types[1:] == ["response", "request"] * ((len(types) - 1) // 2)
    serials = [int(NAME.match(path.name)["serial"]) for path in files]  # type: ignore[index]
    assert serials == sorted(set(serials))


def test_group_larger_than_max_size_stays_whole(tmp_path: Path) -> None:
    with WarcFileWriter(tmp_path, max_size=100) as writer:
        locations = writer.write_records(exchange(writer, 1, BODY * 50))
        writer.write_records(exchange(writer, 2))
    assert len({location.file for location in locations}) == 1
    assert len(list(tmp_path.iterdir())) == 2


def test_two_writers_in_one_process_never_share_a_name(tmp_path: Path) -> None:
    first, second = WarcFileWriter(tmp_path, prefix="SPEECH"), WarcFileWriter(tmp_path, prefix="SPEECH")
    for n in range(3):
        first.write_records(exchange(first, n))
        second.write_records(exchange(second, n))
        first.close()
        second.close()
    names = [path.name for path in first.closed_files + second.closed_files]
    serials = [NAME.match(name)["serial"] for name in names]  # type: ignore[index]
    assert len(set(serials)) == len(names) == 6
    assert all(verify_warc(path) == [] for path in tmp_path.iterdir())


def test_uncompressed_warc(tmp_path: Path) -> None:
    with WarcFileWriter(tmp_path, gzip=False) as writer:
        locations = writer.write_records(exchange(writer, 1))
    [path] = tmp_path.iterdir()
    assert path.name.endswith(".warc") and path.read_bytes().startswith(b"WARC/1.1\r\n")
    assert verify_warc(path) == []
    record_bytes = path.read_bytes()[locations[0].offset : locations[0].offset + locations[0].length]
    assert record_bytes.startswith(b"WARC/1.1\r\n") and record_bytes.endswith(BODY + b"\r\n\r\n")


def test_header_bytes_are_written_as_received(tmp_path: Path) -> None:
    # a GBK file name in a header: warcio alone would %-encode it
    raw_value = 'attachment; filename="讲话.doc"'.encode("gbk")
    with WarcFileWriter(tmp_path) as writer:
        record = writer.create_warc_record(
            "http://example.org/a.doc",
            "response",
            payload=BytesIO(BODY),
            length=len(BODY),
            http_headers=HttpHeaders(
                "200 OK", [("Content-Disposition", raw_value.decode("latin-1"))], protocol="HTTP/1.1"
            ),
        )
        writer.write_records([record])
    [path] = tmp_path.iterdir()
    block = gzip.decompress(path.read_bytes())
    assert b"Content-Disposition: " + raw_value + b"\r\n" in block
    assert verify_warc(path) == []
    assert subprocess.run([Path(sys.executable).parent / "warcio", "check", path]).returncode == 0


def test_failed_write_leaves_the_file_whole(tmp_path: Path) -> None:
    writer = WarcFileWriter(tmp_path)
    writer.write_records(exchange(writer, 1))
    broken = exchange(writer, 2)
    broken[1].raw_stream.close()  # the second record of the group cannot be read any more
    with pytest.raises(ValueError):
        writer.write_records(broken)
    writer.write_records(exchange(writer, 3))
    writer.close()
    [path] = tmp_path.iterdir()
    assert verify_warc(path) == []
    uris = [record.rec_headers.get_header("WARC-Target-URI") for record in records_of(path)[1:]]
    assert uris == ["http://example.org/speech/1.html"] * 2 + ["http://example.org/speech/3.html"] * 2


def test_a_killed_writer_loses_nothing_already_written(tmp_path: Path) -> None:
    # each group is flushed before write_records returns, so SIGKILL right after loses nothing
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_warc_writer import exchange
        from archive.warc_writer import WarcFileWriter
        writer = WarcFileWriter({str(tmp_path)!r})
        for n in range(3):
            writer.write_records(exchange(writer, n))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_DIR)
    assert done.returncode == -9
    [left] = tmp_path.iterdir()
    assert left.name.endswith(".warc.gz.open")
    assert verify_warc(left) == []
    repaired = repair_open_warc(left)
    assert repaired is not None and verify_warc(repaired) == []
    assert [record.rec_type for record in records_of(repaired)] == ["warcinfo"] + ["response", "request"] * 3

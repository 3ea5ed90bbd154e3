"""archive.dedup: copies of one speech grouped, the most complete canonical; the index alone, then a crawl."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from dedup_sites import ORIGINAL, ORIGINAL_TITLE, page, spun, truncated
from recrawl_site import RecrawlSite, article_page, crawl_command, run_cli, speech_text

from archive.dedup import DuplicateIndex, compare, normalise
from archive.store import DocumentStore, document_id

FULL = "\n".join(ORIGINAL)
TRUNCATED = "\n".join(truncated(ORIGINAL))
SPUN = "\n".join(spun(ORIGINAL))


def ids(*names: str) -> list[str]:
    return [f"{n:0<16}" for n in names]


def test_normalising_keeps_han_digits_and_latin_only() -> None:
    assert normalise("同志们：\n今天，我们召开第６次会议（ABC）！") == "同志们今天我们召开第6次会议abc"
    assert normalise(" \n，。") == ""


def test_plain_jaccard_misses_the_truncated_and_the_spun_copy() -> None:
    """Why candidates also come by containment and by 3-shingles: 5-shingle Jaccard alone is not enough."""
    original = normalise(FULL)
    cut, reworded = compare(original, normalise(TRUNCATED)), compare(original, normalise(SPUN))
    assert cut.jaccard < 0.5 and cut.containment > 0.9  # the notice is the only text of its own
    assert reworded.jaccard < 0.5 and reworded.short_shingles > 0.6
    unrelated = compare(normalise(speech_text(1)[1]), normalise(speech_text(2)[1]))
    assert max(unrelated.jaccard, unrelated.containment, unrelated.short_shingles) < 0.3


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_copies_make_one_group_whatever_the_order(tmp_path: Path, order: tuple[int, ...]) -> None:
    original, cut, reworded = ids("a", "b", "c")
    copies: list[tuple[str, str, dict[str, Any]]] = [
        (original, FULL, {"published": "2023-05-10"}),
        (cut, TRUNCATED, {"truncated": True, "published": "2023-05-08"}),  # earlier, but incomplete
        (reworded, SPUN, {"spun": True, "published": "2023-05-09"}),
    ]
    with DuplicateIndex(tmp_path / "manifest.sqlite") as index:
        for seed in range(1, 6):  # speeches of their own, which must stay apart
            index.add(f"{seed:016x}", speech_text(seed)[1])
        results = [index.add(doc, text, **flags) for doc, text, flags in (copies[i] for i in order)]
        placed = index.placements()
    first_seen = copies[order[0]][0]
    assert results[-1].group_id == first_seen and results[-1].canonical_id == original
    assert {doc: placed[doc] for doc in (original, cut, reworded)} == {
        original: (first_seen, True), cut: (first_seen, False), reworded: (first_seen, False)}
    assert all(placed[f"{seed:016x}"] == (f"{seed:016x}", True) for seed in range(1, 6))


def test_the_canonical_copy_is_the_most_complete(tmp_path: Path) -> None:
    longer = FULL + "\n附：会议议程。"
    with DuplicateIndex(tmp_path / "manifest.sqlite") as index:
        a, b, c, d, e = ids("a", "b", "c", "d", "e")
        assert index.add(a, TRUNCATED, truncated=True, published="2020-01-01").canonical_id == a
        assert index.add(b, SPUN, spun=True, published="2020-01-01").canonical_id == b  # spun beats truncated
        assert index.add(c, FULL, published="2023-05-10").canonical_id == c  # complete beats both
        placed = index.add(d, FULL, published="2023-05-01")  # as long, published earlier
        assert placed.canonical_id == d and placed.changed_ids == [c]
        assert index.add(e, longer, published="2024-01-01").canonical_id == e  # the longest body wins
        assert [copy.doc_id for copy in index.group(a)] == [e, a, b, c, d]  # canonical first, then as seen


def test_group_ids_are_stable_and_follow_a_changed_text(tmp_path: Path) -> None:
    original, cut = ids("a", "b")
    with DuplicateIndex(tmp_path / "manifest.sqlite") as index:
        index.add(original, FULL)
        assert index.add(cut, TRUNCATED, truncated=True) == (original, original, [])
        assert index.add(cut, TRUNCATED, truncated=True) == (original, original, [])  # a recrawl: no change
        # the page that held the original now holds another speech: the preview is on its own
        moved = index.add(original, speech_text(9)[1])
        assert moved == (original, original, [cut])
        copy = index.copy(cut)
        assert copy is not None and (copy.group_id, copy.canonical) == (cut, True)


def test_indexes_sharing_one_file_see_each_others_copies(tmp_path: Path) -> None:
    original, cut, reworded = ids("a", "b", "c")
    first = DuplicateIndex(tmp_path / "manifest.sqlite")
    second = DuplicateIndex(tmp_path / "manifest.sqlite")  # another crawl, another process
    try:
        first.add(original, FULL)
        assert second.add(reworded, SPUN, spun=True).group_id == original
        assert first.add(cut, TRUNCATED, truncated=True).group_id == original
    finally:
        first.close()
        second.close()
    with DuplicateIndex(tmp_path / "manifest.sqlite") as reopened:  # and a later run, from the file alone
        assert reopened.add(ids("d")[0], FULL).group_id == original


def test_one_speech_on_three_sites_is_one_canonical_document(tmp_path: Path) -> None:
    sites = [RecrawlSite().start() for _ in range(3)]
    association, fanwen, wenku = sites
    try:
        association.put("/xhdt/2023/0510/88.html",
                        page(ORIGINAL_TITLE, ORIGINAL, "2023-05-10", "市计划生育协会"))
        fanwen.put("/fanwen/4471.html", page(ORIGINAL_TITLE, truncated(ORIGINAL), "2023-05-08", "第一范文网"))
        wenku.put("/doc/28872781.html", page(ORIGINAL_TITLE, spun(ORIGINAL), "2023-05-09", "文档分享"))
        copies = [association.url("/xhdt/2023/0510/88.html"), fanwen.url("/fanwen/4471.html"),
                  wenku.url("/doc/28872781.html")]
        others = []
        for n, site in enumerate(sites):
            title, text = speech_text(100 + n)
            site.put(f"/other/{n}.html", article_page(title, text.split("\n")))
            others.append(site.url(f"/other/{n}.html"))
        (tmp_path / "urls.txt").write_text("\n".join([*others, *copies[::-1]]) + "\n", "utf-8")
        done = run_cli(crawl_command(tmp_path / "out", "urls", "-a", "urls=urls.txt"), tmp_path)
        assert done.returncode == 0, done.stderr[-3000:]
    finally:
        for site in sites:
            site.stop()
    with DocumentStore(tmp_path / "out") as store:
        assert store.check() == []
        metas = {url: store.metadata(document_id(url)) for url in [*copies, *others]}
        assert all(metas.values())
        original, cut, reworded = (metas[url] for url in copies)
        assert (cut["truncated"], reworded["spun"]) == (True, True)
        assert not original["truncated"] and not original["spun"]
        group = original["group_id"]
        assert cut["group_id"] == reworded["group_id"] == group
        assert [url for url in copies if metas[url]["canonical"]] == [copies[0]]  # the complete original
        rows = store.manifest.group(group)
        assert [row["id"] for row in rows if row["canonical"]] == [original["id"]] and len(rows) == 3
        for url in others:
            assert metas[url]["group_id"] == metas[url]["id"] and metas[url]["canonical"]
    assert "documents stored" in done.stdout

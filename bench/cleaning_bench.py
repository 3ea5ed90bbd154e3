#!/usr/bin/env python3
"""How long cleaning takes next to extraction: trafilatura alone vs our cleaners + OpenCC.

Pages: the five seed pages dressed as HTML by shared/tools/score.py's dress() in each of its templates,
plus the HTML pages of the synthetic corpus (tests/cleaning/corpus.py); the corpus's text pages are
timed for throughput only (they never reach trafilatura). Every figure is over all pages, repeated
--repeat times; the best round is reported (the least disturbed by other work on the machine).

    .venv/bin/python bench/cleaning_bench.py [--repeat 5] [--steps] [--profile] [--against CHECKOUT]

See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import functools
import importlib
import importlib.util
import pstats
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
import trafilatura  # noqa: E402

from cleaners import Page, extract_document, pipeline  # noqa: E402
from cleaners import draft as draft_module  # noqa: E402
from cleaners.decode import decode  # noqa: E402
from cleaners.draft import Draft  # noqa: E402
from cleaners.html import looks_like_html  # noqa: E402
from cleaners.listing_metadata import _pairs  # noqa: E402
from cleaners.navigation import is_furniture  # noqa: E402
from cleaners.pinyin import annotation_verdict  # noqa: E402
from cleaners.title import clean_title, comparable  # noqa: E402

# per-line caches in the cleaners, emptied before each timed round
CACHED = (_pairs, is_furniture, comparable, annotation_verdict, clean_title)


def _load_corpus():
    """tests/cleaning/corpus.py by path: the tests folder is not an importable package from here."""
    path = ROOT / "tests" / "cleaning" / "corpus.py"
    spec = importlib.util.spec_from_file_location("cleaning_corpus", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["cleaning_corpus"] = module
    spec.loader.exec_module(module)
    return module


def load_pages() -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """(html pages, text pages) as (name, bytes)."""
    corpus = _load_corpus()
    html_pages, text_pages = [], []
    for gold in corpus.load_gold():
        raw = corpus.seed_raw(gold)
        text_pages.append((f"{gold['id']}.txt", raw.encode("utf-8")))
        for name in corpus.score_py()["TEMPLATES"]:
            html_pages.append((f"{gold['id']}.{name}", corpus.dressed(gold["title"], raw, name, gold["script"])))
    for case in corpus.build_cases():
        (html_pages if case.body is not None else text_pages).append((case.id, case.page_bytes))
    return html_pages, text_pages


def trafilatura_inputs(pages: list[tuple[str, bytes]]) -> list:
    """The parsed trees trafilatura receives in cleaners.html.extract_html (parsing itself not timed)."""
    trees = []
    for _, body in pages:
        text = decode(body).text.replace("\r\n", "\n").replace("\r", "\n")
        trees.append(lxml.html.fromstring(text))
    return trees


def time_trafilatura(trees: list) -> list[float]:
    """Seconds per page in trafilatura.extract."""
    copies = [copy.deepcopy(t) for t in trees]  # extract_html hands trafilatura a copy; copying is not timed
    times = []
    for tree in copies:
        start = time.perf_counter()
        trafilatura.extract(tree, output_format="txt", include_comments=False, include_tables=True,
                            deduplicate=False, favor_recall=True, fast=True, with_metadata=False)
        times.append(time.perf_counter() - start)
    return times


def _finish(draft: Draft, page: Page):
    """Everything extract_document does once extraction has returned: the page steps, the document steps,
    Simplified conversion (OpenCC), description."""
    draft = pipeline.clean_page(draft)
    for step in pipeline.DOCUMENT_STEPS:
        draft = step(draft)
    return pipeline._describe(draft, [page])


def _clear_caches() -> None:
    # the cleaners cache each line's Simplified form; a later round must not find this round's lines there
    draft_module.simplified.cache_clear()
    draft_module.shadow.cache_clear()
    for cached in CACHED:
        cached.cache_clear()


def time_after_extraction(pages: list[tuple[str, bytes]]) -> tuple[float, list[float]]:
    """(seconds in page_draft: decode, parse, trafilatura, htmldate; seconds per page after it)."""
    objs = [Page(body=body) for _, body in pages]
    start = time.perf_counter()
    drafts = [pipeline.page_draft(p) for p in objs]
    before = time.perf_counter() - start
    copies = [copy.deepcopy(d) for d in drafts]
    _clear_caches()
    times = []
    for draft, page in zip(copies, objs, strict=True):
        start = time.perf_counter()
        _finish(draft, page)
        times.append(time.perf_counter() - start)
    return before, times


def time_steps(pages: list[tuple[str, bytes]]) -> dict[str, float]:
    """Seconds in each page step, the document steps and the description, over all pages."""
    objs = [Page(body=body) for _, body in pages]
    drafts = [pipeline.page_draft(p) for p in objs]
    _clear_caches()
    spent: dict[str, float] = {}
    steps = [(f"{i:2d} {getattr(step, 'name', type(step).__name__)}"
              f"{' (after a split)' if isinstance(step, pipeline.AfterSplit) else ''}", step)
             for i, step in enumerate(pipeline.PAGE_STEPS + pipeline.DOCUMENT_STEPS)]
    for name, step in steps:
        start = time.perf_counter()
        drafts = [step(d) for d in drafts]
        spent[name] = time.perf_counter() - start
    start = time.perf_counter()
    for draft, page in zip(drafts, objs, strict=True):
        pipeline._describe(draft, [page])
    spent["   description (script, OpenCC, metadata)"] = time.perf_counter() - start
    return spent


def time_full(pages: list[tuple[str, bytes]]) -> float:
    _clear_caches()
    start = time.perf_counter()
    for _, body in pages:
        extract_document([Page(body=body)])
    return time.perf_counter() - start


def load_against(checkout: Path):
    """Another checkout's cleaners (a `git worktree` of an earlier commit), imported beside ours as the package
    `cleaners_against`, its own imports renamed; returned as (pipeline, Page, its per-line caches)."""
    dest = Path(tempfile.mkdtemp(prefix="bench-against-")) / "cleaners_against"
    shutil.copytree(checkout / "cleaners", dest, ignore=shutil.ignore_patterns("__pycache__"))
    for path in dest.glob("*.py"):
        text = re.sub(r"\bfrom cleaners(?=[. ])", "from cleaners_against", path.read_text("utf-8"))
        path.write_text(re.sub(r"\bimport cleaners\b", "import cleaners_against", text), "utf-8")
    sys.path.insert(0, str(dest.parent))
    their = importlib.import_module("cleaners_against.pipeline")
    names = {f.__name__ for f in CACHED} | {"simplified", "shadow"}
    caches = {id(v): v for name, module in list(sys.modules.items()) if name.partition(".")[0] == "cleaners_against"
              for key, v in vars(module).items() if isinstance(v, functools._lru_cache_wrapper) and key in names}
    return their, importlib.import_module("cleaners_against.document").Page, list(caches.values())


def time_against(pages: list[tuple[str, bytes]], against, repeat: int) -> tuple[float, float]:
    """Seconds after extraction for our cleaners and the other checkout's, in turn in the same rounds (the
    machine's state is then the same for both): the best round of each."""
    their, their_page, their_caches = against
    ours_in = [(pipeline.page_draft(Page(body=b)), Page(body=b)) for _, b in pages]
    theirs_in = [(their.page_draft(their_page(body=b)), their_page(body=b)) for _, b in pages]
    ours, theirs = [], []
    runs = [(pipeline, ours_in, _clear_caches, ours), (their, theirs_in, lambda: [c.cache_clear() for c in their_caches], theirs)]
    for k in range(repeat):
        for module, inputs, clear, out in runs[::1 if k % 2 else -1]:  # (each goes first in half the rounds)
            copies = [(copy.deepcopy(d), p) for d, p in inputs]
            clear()
            start = time.perf_counter()
            for draft, page in copies:
                draft = module.clean_page(draft)
                for step in module.DOCUMENT_STEPS:
                    draft = step(draft)
                module._describe(draft, [page])
            out.append(time.perf_counter() - start)
    return min(ours), min(theirs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5, help="rounds over all pages (the best is reported)")
    ap.add_argument("--profile", action="store_true", help="also print the 15 costliest functions after extraction")
    ap.add_argument("--steps", action="store_true", help="also print the time of each cleaning step")
    ap.add_argument("--against", type=Path, metavar="CHECKOUT",
                    help="also time another checkout's cleaners (a git worktree of an earlier commit) in the same rounds")
    args = ap.parse_args()
    against = load_against(args.against) if args.against else None

    html_pages, text_pages = load_pages()
    assert all(looks_like_html(decode(b).text) for _, b in html_pages), "an HTML page does not read as HTML"
    trees = trafilatura_inputs(html_pages)
    extract_document([Page(body=html_pages[0][1])])  # warm-up: OpenCC dictionaries, pypinyin, lazy imports

    traf, before, after, full_html, full_text, steps = [], [], [], [], [], []
    for _ in range(args.repeat):
        traf.append(time_trafilatura(trees))
        b, a = time_after_extraction(html_pages)
        before.append(b)
        after.append(a)
        full_html.append(time_full(html_pages))
        full_text.append(time_full(text_pages))
        if args.steps:
            steps.append(time_steps(html_pages))

    n = len(html_pages)
    t_traf, t_after = min(traf, key=sum), min(after, key=sum)
    ratio = sum(t_after) / sum(t_traf)
    seeds = [i for i, (k, _) in enumerate(html_pages) if k.startswith("seed-")]
    print(f"pages: {n} HTML ({len(seeds)} seed pages dressed by score.py, the rest from the corpus) + "
          f"{len(text_pages)} text pages; best of {args.repeat} rounds")
    print(f"trafilatura.extract alone          {sum(t_traf) * 1000:9.1f} ms  {sum(t_traf) / n * 1000:7.2f} ms/page")
    print(f"extraction stage (page_draft)      {min(before) * 1000:9.1f} ms  {min(before) / n * 1000:7.2f} ms/page"
          "   decode + lxml + trafilatura + htmldate + fallback")
    print(f"cleaners + OpenCC after extraction {sum(t_after) * 1000:9.1f} ms  {sum(t_after) / n * 1000:7.2f} ms/page")
    print(f"ratio cleaners+OpenCC / trafilatura {ratio:8.1%}   target < 15%: {'met' if ratio < 0.15 else 'NOT met'}")
    print(f"   (of the whole extraction stage:  {sum(t_after) / min(before):6.1%}, what cleaning adds to a page's extraction)")
    for label, part in (("the seed pages", seeds), ("the corpus pages", [i for i in range(n) if i not in seeds])):
        share = sum(t_after[i] for i in part) / sum(t_traf[i] for i in part)
        print(f"   on {label + ':':<17} {share:8.1%}  ({len(part)} pages)")
    print(f"extract_document, HTML pages       {n / min(full_html):9.1f} pages/s")
    print(f"extract_document, text pages       {len(text_pages) / min(full_text):9.1f} pages/s")
    if steps:
        print("per step, ms/page (best round of each):")
        for name in steps[0]:
            print(f"  {name:44s} {min(r[name] for r in steps) / n * 1000:7.3f}")
    if against:
        ours, theirs = time_against(html_pages, against, args.repeat)
        print(f"against {args.against}: ours {ours / n * 1000:.3f} ms/page, theirs {theirs / n * 1000:.3f} ms/page, "
              f"ours/theirs {ours / theirs:.3f} (in turn in the same rounds)")
    if args.profile:
        objs = [Page(body=body) for _, body in html_pages]
        drafts = [pipeline.page_draft(p) for p in objs]
        profiler = cProfile.Profile()
        profiler.enable()
        for draft, page in zip(drafts, objs, strict=True):
            _finish(draft, page)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fixtures for the cleaner tests: run one step on lines, or the whole pipeline on a page."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from cleaners.document import Document, Page
from cleaners.draft import Draft
from cleaners.pipeline import extract_document


def _clean(page: str | bytes, content_type: str | None = None, url: str | None = None) -> Document:
    body = page.encode("utf-8") if isinstance(page, str) else page
    return extract_document([Page(body=body, url=url, content_type=content_type)])


def _run_step(step: Callable[[Draft], Draft], lines: Sequence[str] | str, kind: str = "text") -> Draft:
    if isinstance(lines, str):
        lines = lines.split("\n")
    return step(Draft(lines=list(lines), kind=kind))


@pytest.fixture
def clean() -> Callable[..., Document]:
    """`clean(text_or_bytes, content_type=None, url=None)`: the Document the pipeline makes of one page."""
    return _clean


@pytest.fixture
def run_step() -> Callable[..., Draft]:
    """`run_step(StepClass(), lines)`: one cleaning step on a fresh text Draft."""
    return _run_step



def pytest_make_parametrize_id(config, val, argname):
    """Readable ids: the input text itself (shortened), so a failure names the line that misfired."""
    if isinstance(val, str):
        text = " ".join(val.split())
        return text if len(text) <= 36 else text[:35] + "…"
    if isinstance(val, list | tuple) and val and all(isinstance(v, str) for v in val):
        return pytest_make_parametrize_id(config, " / ".join(val), argname)
    return None

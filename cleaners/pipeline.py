"""The cleaning pipeline: decode, extract, clean, convert, describe."""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.document import Document, Page


def extract_document(pages: Sequence[Page]) -> Document:
    raise NotImplementedError  # being written now; see cleaners/ in the next commits

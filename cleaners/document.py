"""The cleaned document: what one page (or one multi-page article) becomes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Page:
    """One fetched part of a document, as bytes: cleaners decode it themselves."""

    body: bytes
    url: str | None = None
    content_type: str | None = None  # the HTTP Content-Type header, charset included if sent
    warc: dict[str, Any] | None = None  # pointer to the WARC response record it came from


@dataclass(slots=True)
class Removal:
    """A span a cleaner took out of the text, kept so an archivist can audit the cleaning."""

    rule: str
    text: str
    line: int | None = None  # index of the line it came from, where the rule works on lines


@dataclass
class Document:
    url: str | None = None
    title: str = ""
    text: str = ""  # Simplified Chinese
    text_original: str = ""  # as published (Traditional stays Traditional)
    script: str = "hans"  # hans, hant or mixed
    published: str | None = None
    speech_date: str | None = None
    truncated: bool = False
    declared_chars: int | None = None
    spun: bool = False
    spun_score: float = 0.0
    relevant: bool = False
    relevance_score: float = 0.0
    speaker: str | None = None
    speaker_role: str | None = None
    meeting: str | None = None
    doc_type: str | None = None
    organisation: str | None = None
    org_level: str | None = None
    region: str | None = None
    encoding: str | None = None
    content_kind: str = "html"  # html or text
    warc: dict[str, Any] | None = None
    parts: list[dict[str, Any]] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

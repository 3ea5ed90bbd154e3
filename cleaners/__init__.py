"""Cleaning stage: bytes or text in, a clean Document out. Imports neither Scrapy nor archive/."""

from cleaners.document import Document, Page, Removal
from cleaners.pipeline import extract_document

__all__ = ["Document", "Page", "Removal", "extract_document"]

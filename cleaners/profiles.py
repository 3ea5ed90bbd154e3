"""Cleaner profiles: which cleaning steps a kind of site needs. A spider's SiteProfile names one.

Official sites print no hosting-site banners and no docx-preview page markers, so those rules are not
run there, where a real numbered paragraph could only be mistaken for a marker. Everything else runs
everywhere: a mirror or a hacked page can carry any noise.
"""

from __future__ import annotations

import logging

from cleaners.banners import SiteBanners
from cleaners.page_markers import PageMarkers
from cleaners.pipeline import PAGE_STEPS, Step

logger = logging.getLogger(__name__)

_OFFICIAL = [step for step in PAGE_STEPS if not isinstance(step, SiteBanners | PageMarkers)]

PROFILES: dict[str, list[Step]] = {
    "default": PAGE_STEPS,
    "association": _OFFICIAL,
    "national": _OFFICIAL,
    "big5_gateway": _OFFICIAL,
    "docx_preview": PAGE_STEPS,
    "doc_sharing": PAGE_STEPS,
    "fanwen": PAGE_STEPS,
}


def steps_for(profile: str | None) -> list[Step]:
    """The steps of a named profile; an unknown name gets every step, with a warning."""
    if profile is None:
        return PAGE_STEPS
    if profile not in PROFILES:
        logger.warning("unknown cleaner profile %r: every cleaning step runs", profile)
        return PAGE_STEPS
    return PROFILES[profile]

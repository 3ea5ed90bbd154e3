"""A small bundled site, served on 127.0.0.1, that `speech-archive demo` and the tests crawl for real."""

from crawler.sample_site.server import Reply, SampleSite

__all__ = ["Reply", "SampleSite"]

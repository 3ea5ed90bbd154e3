"""The shared server for fixture sites: the sample site's server (crawler.sample_site) answering from
a route table built in Python, and keeping a log of the paths asked for."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from crawler.sample_site import Reply, SampleSite

NOT_FOUND = Reply(404, {"Content-Type": "text/html"}, b"<html><body><h1>404 Not Found</h1></body></html>")


def html(text: str, encoding: str = "utf-8", content_type: str = "text/html") -> Reply:
    """A page encoded as the site serves it; content_type may carry a charset or not, as sites do."""
    return Reply(200, {"Content-Type": content_type}, text.encode(encoding))


def redirect(location: str, status: int = 301) -> Reply:
    return Reply(status, {"Location": location, "Content-Type": "text/html"}, b"")


@dataclass
class Hit:
    path: str
    at: float  # time.monotonic() when the request arrived


@dataclass
class Site:
    """Routes (path with query -> Reply, or a function of the attempt number giving one) and what to expect.

    `articles` maps each article's first-page path to what the test should find stored for it.
    """

    routes: dict[str, Reply | Callable[[int], Reply]]
    articles: dict[str, dict[str, object]] = field(default_factory=dict)
    start_path: str = "/"
    hits: list[Hit] = field(default_factory=list)

    def serve(self) -> SiteServer:
        return SiteServer(self)


class SiteServer(SampleSite):
    """`with site.serve() as server:` serves the site on 127.0.0.1 until the block ends."""

    def __init__(self, site: Site) -> None:
        super().__init__()
        self.site = site
        self._attempts: dict[str, int] = {}
        self._lock = threading.Lock()

    def reply(self, path: str) -> Reply:
        with self._lock:
            self.site.hits.append(Hit(path, time.monotonic()))
            attempt = self._attempts[path] = self._attempts.get(path, 0) + 1
        route = self.site.routes.get(path)
        if route is None:
            return NOT_FOUND
        return route(attempt) if callable(route) else route

    def fetched(self) -> list[str]:
        return [hit.path for hit in self.site.hits]

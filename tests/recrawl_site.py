"""A city association site on 127.0.0.1 that can change between crawls, for recrawl, resume and dedup tests.

Laid out as spiders/association.py expects (listing pages with 下一页, articles in div#zoom, an
article's further pages behind its own 下一页). Each page answers conditional requests as a real
server would, by ETag, by Last-Modified, by both, or not at all, and every request is logged with
its headers. Texts come from `speech_text`, which makes distinct, relevant speeches from a seed.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

# everyday words of association reports; random runs of them make texts that share no sentences
WORDS = (
    "群众 服务 家庭 健康 青春 宣传 教育 基层 组织 会员 志愿 活动 项目 关怀 帮扶 困难 救助 保险 养老 托育 "
    "婴幼 照护 生殖 咨询 培训 队伍 骨干 网络 阵地 平台 制度 机制 规范 考核 督查 调研 走访 慰问 资金 募集 "
    "捐赠 企业 社区 村居 乡镇 街道 学校 医院 妇幼 疾控 卫生 民政 财政 人社 共青 妇联 工会 媒体 网站 微信 "
    "讲座 展板 手册 热线 门诊 筛查 检查 随访 档案 信息 数据 统计 报表 台账 总结 计划 方案 部署 落实 推进 "
    "提升 深化 拓展 创新 探索 试点 示范 典型 品牌 特色 亮点 成效 成果 经验 问题 短板 差距 不足 措施 办法 "
    "渠道 载体 方式 途径 目标 任务 重点 难点 环节 流程 标准 质量 效率 水平 能力 素质 作风 纪律 廉洁 党建 "
    "理论 学习 思想 认识 责任 担当 使命 初心 奋斗 实干 协调 沟通 配合 联动 合力 氛围 环境 条件 保障 经费"
).split()
COUNTIES = ("江山", "常山", "开化", "龙游", "柯城", "衢江", "遂昌", "松阳", "云和", "庆元", "景宁", "青田",
            "缙云", "永嘉", "平阳", "苍南", "文成", "泰顺", "瑞安", "乐清", "洞头", "鹿城", "龙湾", "瓯海")


def speech_text(seed: int, paragraphs: int = 4) -> tuple[str, str]:
    """(title, text) of a speech at a county association: the same seed, the same speech."""
    rng = random.Random(seed)
    county = COUNTIES[seed % len(COUNTIES)]
    session = seed % 9 + 2
    title = f"在{county}县计划生育协会第{session}次会员代表大会上的讲话"
    lines = ["同志们：",
             f"今天我们召开{county}县计划生育协会第{session}次会员代表大会，我代表协会理事会报告工作，请予审议。"]
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(3, 5)):
            clauses = ["".join(rng.choice(WORDS) for _ in range(rng.randint(3, 5)))
                       for _ in range(rng.randint(2, 4))]
            sentences.append("，".join(clauses) + "。")
        lines.append("".join(sentences))
    lines.append(f"我们{county}县计生协要团结带领广大会员，把协会工作做深做实。谢谢大家！")
    return title, "\n".join(lines)


def article_page(title: str, paragraphs: list[str], next_path: str | None = None,
                 published: str = "2024-03-01", hits: int | None = None) -> str:
    """An article page; `hits` is a view counter, which changes the bytes and not the text."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    pages = f'<div class="pages"><a href="{next_path}">下一页</a></div>' if next_path else ""
    counter = f' 浏览次数:<span id="hits">{hits}</span>' if hits is not None else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-计划生育协会</title></head>'
            f'<body>'
            f'<div class="nav"><a href="/">网站首页</a> | <a href="/list_1.html">协会动态</a></div>'
            f'<div class="article"><h1 class="title">{title}</h1>'
            f'<div class="info">发布时间: {published}{counter}</div>'
            f'<div class="content" id="zoom">{body}</div>{pages}</div>'
            f'<div class="footer">版权所有:计划生育协会</div></body></html>')


def listing_page(links: list[tuple[str, str]], next_path: str | None) -> str:
    items = "".join(f'<li><span class="date">2024-03-01</span><a href="{path}">{title}</a></li>'
                    for path, title in links)
    nav = f'<div class="page"><a href="{next_path}">下一页</a></div>' if next_path else ""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>协会动态-计划生育协会</title></head>'
            f'<body>'
            f'<div class="list"><h2>协会动态</h2><ul>{items}</ul></div>{nav}</body></html>')


@dataclass
class Served:
    body: bytes
    validators: str  # "etag", "last-modified", "both" or "none"
    etag: str
    last_modified: str


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    status: int


@dataclass
class RecrawlSite:
    """`put(path, html, validators)` serves or changes a page; `received` logs every request and answer."""

    delay: float = 0.0  # seconds before each article page answers (listing pages answer at once)
    pages: dict[str, Served] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None
    _clock: float = 1_700_000_000.0

    def put(self, path: str, html: str, validators: str = "both") -> None:
        body = html.encode("utf-8")
        self._clock += 3600  # every change is an hour after the one before
        self.pages[path] = Served(body, validators, f'"{hashlib.sha1(body).hexdigest()[:16]}"',
                                  formatdate(self._clock, usegmt=True))

    def put_if_changed(self, path: str, html: str, validators: str = "both") -> None:
        """`put`, unless the page is served with these bytes already: its validators stay."""
        if path not in self.pages or self.pages[path].body != html.encode("utf-8"):
            self.put(path, html, validators)

    def start(self) -> RecrawlSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                page = site.pages.get(path)
                if path == "/robots.txt":
                    status, headers, body = 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
                elif page is None:
                    status, headers, body = 404, {"Content-Type": "text/html"}, b"<html>404</html>"
                else:
                    if site.delay and "list_" not in path:
                        time.sleep(site.delay)
                    status, headers, body = site._answer(page, self.headers)
                site.received.append(Received(path, dict(self.headers.items()), status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                try:
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler was killed mid-answer, as the resume tests do

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    @staticmethod
    def _answer(page: Served, request: Any) -> tuple[int, dict[str, str], bytes]:
        headers = {"Content-Type": "text/html; charset=utf-8"}
        if page.validators in ("etag", "both"):
            headers["ETag"] = page.etag
        if page.validators in ("last-modified", "both"):
            headers["Last-Modified"] = page.last_modified
        if_none_match, if_modified_since = request.get("If-None-Match"), request.get("If-Modified-Since")
        if "ETag" in headers and if_none_match:
            not_modified = if_none_match == page.etag  # If-None-Match wins over If-Modified-Since
        else:
            not_modified = "Last-Modified" in headers and if_modified_since == page.last_modified
        return (304, headers, b"") if not_modified else (200, headers, page.body)

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


@dataclass(frozen=True)
class Article:
    seed: int
    pages: int = 1  # an article over two pages has its second under <path>_2.html
    validators: str = "both"
    counter: bool = False  # carries the site's view counter (`hits`)

    @property
    def path(self) -> str:
        return f"/xhdt/{self.seed}.html"

    def page_paths(self) -> list[str]:
        return [self.path] + [self.path.replace(".html", f"_{n}.html") for n in range(2, self.pages + 1)]


def build_association_site(site: RecrawlSite, articles: list[Article], per_listing: int = 4,
                           edits: dict[int, str] | None = None, hits: int = 1) -> None:
    """Serve `articles` under listing pages of `per_listing` links; `edits[seed]` is appended to that
    article's last page (a changed text), `hits` is the view counter articles with `counter` show."""
    edits = edits or {}
    listings = [articles[i : i + per_listing] for i in range(0, len(articles), per_listing)]
    for n, chunk in enumerate(listings, 1):
        links = [(a.path, speech_text(a.seed)[0]) for a in chunk]
        site.put_if_changed(f"/list_{n}.html",
                            listing_page(links, f"/list_{n + 1}.html" if n < len(listings) else None),
                            validators="last-modified")
    for article in articles:
        title, text = speech_text(article.seed)
        paragraphs = text.split("\n")
        paths = article.page_paths()
        share = -(-len(paragraphs) // len(paths))
        for i, path in enumerate(paths):
            chunk = paragraphs[i * share : (i + 1) * share]
            if i == len(paths) - 1 and article.seed in edits:
                chunk = [*chunk, edits[article.seed]]
            html = article_page(title, chunk, paths[i + 1] if i + 1 < len(paths) else None,
                                hits=hits if article.counter else None)
            site.put_if_changed(path, html, validators=article.validators)


SPEECH_ARCHIVE = str(Path(sys.executable).with_name("speech-archive"))
LOOPBACK = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "TELNETCONSOLE_ENABLED=False",
            "-s", "LOG_LEVEL=INFO")


def crawl_command(archive_dir: Path, spider: str, *args: str) -> list[str]:
    """`speech-archive crawl` as a user types it, without the politeness loopback does not need."""
    return [SPEECH_ARCHIVE, "crawl", spider, *args, "--archive-dir", str(archive_dir), *LOOPBACK]


def cli_env() -> dict[str, str]:
    # the command finds the project's settings itself, wherever it runs
    return {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}


def run_cli(command: list[str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=cli_env(), capture_output=True, text=True, timeout=timeout)

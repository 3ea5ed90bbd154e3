"""The bundled sample site: what it serves, in which encodings, and the crawls the demo runs over it."""

from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from protego import Protego
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings

from crawler.sample_site import SampleSite


@pytest.fixture(scope="module")
def site() -> Iterator[SampleSite]:
    with SampleSite() as running:
        yield running


def fetch(site: SampleSite, path: str) -> tuple[int, dict[str, str], bytes]:
    """One request, redirects not followed."""
    parts = urlsplit(site.base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


def stored(site: SampleSite, path: str) -> str:
    return site.page_text(path).replace("{{base}}", site.base_url.rstrip("/"))


@pytest.mark.parametrize("codec", ["gbk", "big5"])
def test_double_byte_pages_are_served_in_their_codec_and_are_not_utf8(site: SampleSite, codec: str) -> None:
    paths = [path for path, route in site.routes.items() if route.get("encoding") == codec]
    assert len(paths) >= (9 if codec == "gbk" else 2)
    for path in paths:
        status, headers, body = fetch(site, path)
        assert status == 200
        assert "charset" not in headers["Content-Type"]  # as these sites send it: the page must say
        assert body.decode(codec) == stored(site, path)
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")


def test_utf8_pages_are_utf8(site: SampleSite) -> None:
    for path in ("/", "/fanwen/jianghua/20230915/4471.html", "/doc/28872781.html"):
        status, _, body = fetch(site, path)
        assert status == 200
        assert body.decode("utf-8") == stored(site, path)
        assert not body.isascii()


def test_big5_mirror_with_and_without_a_charset_declaration(site: SampleSite) -> None:
    _, _, declared = fetch(site, "/gate/big5/jianghua/52613.html")
    _, _, bare = fetch(site, "/gate/big5-raw/jianghua/52613.html")
    assert b'charset=big5' in declared
    assert b"charset" not in bare.lower()
    text = bare.decode("big5")
    assert declared.decode("big5").replace('<meta http-equiv="Content-Type" content="text/html; charset=big5">\n',
                                           "") == text
    # Traditional script with the gateway's pinyin annotations, omission and truncation notices
    assert "計(ji)生協(xie)" in text and "省略1506字" in text and "未完,全文共9760字" in text
    assert bare.decode("gbk", errors="replace") != text  # read as GBK it is not the page


def test_gbk_pages_declare_gb2312_and_carry_the_site_noise(site: SampleSite) -> None:
    pages = [fetch(site, path)[2] for path in ("/association/2013/0815/2145.html",
                                               "/association/2013/0815/2145_2.html",
                                               "/association/2013/0815/2145_3.html")]
    for body in pages:
        text = body.decode("gbk")
        assert "charset=gb2312" in text
        assert "发布时间: 2013.08.15" in text and "来源:超级管理员" in text
        assert ">上一页</a>" in text and ">下一页</a>" in text
    # the report runs on over the three pages, in order
    assert "一、认清形势" in pages[0].decode("gbk")
    assert "二、进一步明确" in pages[1].decode("gbk")
    assert "三、进一步加强" in pages[2].decode("gbk")


def test_the_other_sites_carry_their_noise(site: SampleSite) -> None:
    fanwen = fetch(site, "/fanwen/jianghua/20230915/4471.html")[2].decode("utf-8")
    assert "下面是小编为大家整理的" in fanwen and "供大家参考" in fanwen
    assert re.search(r"……\(未完,全文共\d+字,当前只显示\d+字", fanwen)
    assert "上一篇:" in fanwen and "下一篇:" in fanwen
    doc = fetch(site, "/doc/28872781.html")[2].decode("utf-8")
    for field in ("文档编号:", "上传时间:", "格式:", "页数:", "大小:"):
        assert field in doc
    # a docx-preview page marker that cuts a sentence in two, as those sites insert them
    assert re.search(r"[\u4e00-\u9fff]</p>\n<p>\d+、[\u4e00-\u9fff]", doc)
    news = fetch(site, "/association/2023/0412/3187.html")[2].decode("gbk")
    assert "本网讯" in news


def test_redirect_and_not_found(site: SampleSite) -> None:
    status, headers, _ = fetch(site, "/association/show.asp?id=2981")
    assert status == 301
    assert headers["Location"] == site.url("/association/2022/1220/2981.html")
    status, headers, body = fetch(site, "/association/2011/0302/1502.html")
    assert status == 404
    assert "找不到文件或目录" in body.decode("gbk")


def test_robots_txt_allows_everything_and_names_the_sitemap(site: SampleSite) -> None:
    status, _, body = fetch(site, "/robots.txt")
    assert status == 200
    robots = Protego.parse(body.decode("ascii"))
    assert list(robots.sitemaps) == [site.url("/sitemap.xml")]
    assert all(robots.can_fetch(site.url(path), "speech-archive") for path in site.routes)


def test_demo_crawls_point_at_the_running_site(site: SampleSite, tmp_path: Path) -> None:
    crawls = site.demo_crawls(tmp_path)
    assert [name for name, _, _ in crawls] == ["association", "sitemap", "urls"]
    known = SpiderLoader.from_settings(get_project_settings()).list()
    assert {name for name, _, _ in crawls} <= set(known)
    (_, _, association), (_, sitemap, _), (_, urls, _) = crawls
    listing = urllib.request.urlopen(association["SITE_BASE_URLS"]["association"] + "list_1.html").read()
    assert "下一页" in listing.decode("gbk")
    assert urllib.request.urlopen(sitemap["robots_url"]).status == 200
    listed = Path(urls["urls"]).read_text("utf-8").split()
    assert Path(urls["urls"]).parent == tmp_path
    assert urllib.request.urlopen(listed[0]).status == 200
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(listed[1])  # a removed page, so the demo shows a failure being recorded


def test_stopping_frees_the_port_and_its_temporary_files() -> None:
    with SampleSite() as running:
        base = running.base_url
        urls_file = Path(running.demo_crawls()[2][1]["urls"])
        assert urls_file.exists()
    assert not urls_file.parent.exists()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(base, timeout=5)
    with pytest.raises(RuntimeError):
        _ = running.base_url

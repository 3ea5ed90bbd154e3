"""Scrapy settings for speech-archive.

Every part of the archive (WARC recorder, extraction, storage) is switched and tuned here; the
`speech-archive` CLI and `scrapy crawl -s NAME=VALUE` override any of them.
"""

BOT_NAME = "speech-archive"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# --- where the crawl's output goes (WARC files, texts, metadata, manifest) ---
ARCHIVE_DIR = "archive-output"
CRAWL_NAME = "speech-archive"  # warcinfo isPartOf; also names the crawl in the manifest
OPERATOR = ""  # warcinfo operator: who runs the crawl (name, e-mail)
CONTACT_URL = "https://example.org/speech-archive"  # shown in the User-Agent so site owners can reach us

# --- WARC recording (archive.recorder.WarcRecorder) ---
WARC_ENABLED = True
WARC_PREFIX = "SPEECH"
WARC_MAX_SIZE = 1024**3  # rotate files at 1 GiB, as Heritrix does
WARC_GZIP = True

# --- politeness ---
ROBOTSTXT_OBEY = True
USER_AGENT = f"speech-archive/0.1 (+{CONTACT_URL})"
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # each delay is drawn from 0.5x to 1.5x DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 60
# a body larger than this is not downloaded (a metadata record says so); Scrapy applies the same limit
# to a compressed body once decompressed, which stops gzip bombs (crawler.middlewares_faults)
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
ARTICLE_MAX_PARTS = 50  # an article split over more pages than this is stored with the pages fetched so far
# a body cut short is archived with WARC-Truncated rather than dropped
DOWNLOAD_FAIL_ON_DATALOSS = False
# 404s, 410s and 5xx pages are archived like any other response; spiders decide what to parse
HTTPERROR_ALLOW_ALL = False

DOWNLOADER_MIDDLEWARES = {
    # the largest number sits next to the downloader: it sees responses before retry,
    # decompression and redirect middlewares touch them, and download errors first
    "archive.recorder.WarcRecorder": 950,
}

ITEM_PIPELINES = {
    "crawler.pipelines.ExtractionPipeline": 300,
    "crawler.pipelines.StorePipeline": 800,
}

# --- extraction (crawler.pipelines.ExtractionPipeline) ---
EXTRACT_WORKERS = 0  # 0: extract in the crawl's own process; N: a pool of N worker processes
STORE_IRRELEVANT = False  # pages that are not association speeches stay in the WARC files only

# --- sites (spiders read their base URLs from here so tests can point them at loopback) ---
SITE_BASE_URLS: dict[str, str] = {}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# --- spiders and politeness (issue 4) ---
DOWNLOADER_MIDDLEWARES.update({
    # refuses non-loopback requests when BENCHMARK_LOOPBACK is on; first, so nothing else runs for them
    "crawler.middlewares.LoopbackOnlyMiddleware": 45,
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "crawler.middlewares.ContactUserAgentMiddleware": 500,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,  # where Scrapy's RetryMiddleware sits
})
USER_AGENT_TEMPLATE = "speech-archive/0.1 (+{contact})"  # {contact} is CONTACT_URL
RETRY_AFTER_HTTP_CODES = [429, 503]  # these wait before their retry: Retry-After, else backoff
RETRY_BACKOFF_BASE = 5.0  # seconds before the first retry when no Retry-After came; doubles each time
RETRY_AFTER_MAX_DELAY = 120.0  # no wait is longer, whatever Retry-After asks
# the benchmark profile: delays and AutoThrottle off, BENCHMARK_CONCURRENCY requests per site, for
# crawls whose start URLs are all on 127.0.0.0/8 (others are refused); see crawler/middlewares.py
BENCHMARK_LOOPBACK = False
BENCHMARK_CONCURRENCY = 8
FOCUSED_MAX_PAGES = 300  # the focused spider's defaults; -a max_pages / -a max_depth override them
FOCUSED_MAX_DEPTH = 4

# --- recrawl, dedup, resume (issue 5) ---
# every fetch's status, validators and payload digest, kept per URL in manifest.sqlite (archive.crawl_state)
CRAWL_STATE_ENABLED = True
WARC_REVISITS = True  # a payload archived before is written as a revisit record, not a second copy
# If-None-Match / If-Modified-Since for URLs fetched before; a 304 hands the spider the archived page
RECRAWL_CONDITIONAL = True
RECRAWL_JOB = ""  # the job being run; `speech-archive crawl` sets it, so a resumed job replays its fetches
DOWNLOADER_MIDDLEWARES["crawler.middlewares_recrawl.RecrawlMiddleware"] = 925  # just above the recorder
# near-duplicate copies of one speech (archive.dedup): grouped, the most complete one canonical
DEDUP_ENABLED = True
DEDUP_JACCARD = 0.5  # 5-character-shingle Jaccard that makes two texts one speech
DEDUP_CONTAINMENT = 0.8  # share of a shorter (truncated) copy's 5-shingles found in the longer
DEDUP_SHORT_SHINGLES = 0.5  # share of a shorter (spun) copy's 3-shingles found in the longer
DEDUP_MIN_CHARS = 100  # the containment tests need this many characters in the shorter copy

# --- faults and safety (issue 6) ---
DOWNLOADER_MIDDLEWARES.update({
    # Scrapy's own, saying why they give a response up (the response_discarded signal) before they do
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.middlewares_faults.DecompressionLimitMiddleware": 590,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares_faults.RedirectLimitMiddleware": 600,
    # every failed fetch in the manifest's fetch_failures table; below the recorder, whose records it names
    "crawler.middlewares_faults.FetchFailureLog": 940,
})
FETCH_FAILURES_ENABLED = True
EXTENSIONS = {
    # one crawl per archive folder: a second one refuses to start (archive.lock)
    "crawler.extensions.ArchiveFolderLock": 0,
    # a full disk or a read-only folder stops the crawl cleanly instead of losing every page after it
    "crawler.extensions.StopWhenArchiveUnwritable": 0,
}
ARCHIVE_LOCK_ENABLED = True
# an HTML or text page larger than this is archived but not cleaned (extract/too_large): cleaning runs
# in the crawl's own process, and tens of MB would hold every download up for a minute
EXTRACT_MAX_BYTES = 4 * 1024 * 1024

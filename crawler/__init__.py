"""The Scrapy project: settings, items, pipelines and the speech-archive CLI."""

__version__ = "0.1.0"

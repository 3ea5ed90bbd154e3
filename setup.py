"""For scrapyd-deploy, which builds its egg with `setup.py bdist_egg` and would otherwise write a setup.py
of its own here; everything about the package is in pyproject.toml."""

from setuptools import setup

setup()

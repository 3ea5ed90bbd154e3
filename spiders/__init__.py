"""Spiders: they yield requests and SpeechItems; WARC capture happens beneath them."""

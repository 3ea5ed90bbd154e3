"""Fixture sites, one module per spider: each builds the pages of one kind of site, in its encodings,
with its listings, pagination and broken links, and serves them on 127.0.0.1 through `server.Site`.

Every module offers `build(changed=False) -> Site`; `changed=True` gives the same site after a
template change the spider's profile does not know, which must fail loudly.
"""

"""The sample site's pages, stored as UTF-8 text and encoded to each page's codec when served."""

"""Archive stage: WARC writing and recording, document storage, indexes, verification."""

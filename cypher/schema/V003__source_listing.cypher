// Sources listed and searched without scanning them all (an import gives hundreds of thousands).
// Search by words of the title, publisher or id: a full-text index, as actor search has.
CREATE FULLTEXT INDEX source_search IF NOT EXISTS
FOR (source:Source)
ON EACH [source.title, source.publisher, source.id]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};

// The newest first, ties by id: read in index order, never sorted whole.
CREATE INDEX source_published_id IF NOT EXISTS
FOR (source:Source)
ON (source.published, source.id);

// The curated sources, listed first.
CREATE INDEX source_origin IF NOT EXISTS
FOR (source:Source)
ON (source.origin);

// The corpus's version, changed by every ingestion: the metadata's counts are cached on it.
OPTIONAL MATCH (stamp:CorpusVersion {id: 'corpus'})
RETURN stamp.version AS version

// Marks the corpus as changed (before and after an ingestion's writes): what is cached from it is computed again.
MERGE (stamp:CorpusVersion {id: 'corpus'})
SET stamp.version = $version

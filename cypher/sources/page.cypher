// One page of every source, by id (the id's index read in order); the total from the count store.
CALL () {
  MATCH (source:Source)
  RETURN count(source) AS total
}
CALL () {
  MATCH (source:Source)
  WHERE source.id IS NOT NULL
  WITH source
  ORDER BY source.id
  SKIP $offset
  LIMIT $limit
  RETURN collect(source {.id, .title, .publisher, .published, .authors, .url}) AS sources
}
RETURN total, sources

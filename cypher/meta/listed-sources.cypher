// $limit sources of the many: the curated ones first, then the others newest first (by publication date, ties by
// id, descending), then the undated ones by id, descending. Each branch reads an index in order and stops at
// $limit. Listed in the order meta/sources.cypher lists every source.
CALL () {
  MATCH (source:Source {origin: 'curated'})
  RETURN source, 0 AS rank
  ORDER BY source.published DESC, source.id DESC
  LIMIT $limit
  UNION
  MATCH (source:Source)
  WHERE source.published IS NOT NULL AND source.id IS NOT NULL AND source.origin <> 'curated'
  RETURN source, 1 AS rank
  ORDER BY source.published DESC, source.id DESC
  LIMIT $limit
  UNION
  MATCH (source:Source)
  WHERE source.id IS NOT NULL AND source.published IS NULL AND source.origin <> 'curated'
  RETURN source, 2 AS rank
  ORDER BY source.id DESC
  LIMIT $limit
}
WITH source, rank
ORDER BY rank, source.published DESC, source.id DESC
LIMIT $limit
RETURN source.id AS id, source.title AS title, source.publisher AS publisher, source.published AS published,
       source.authors AS authors, source.url AS url
ORDER BY source.published, source.id

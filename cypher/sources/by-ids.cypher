// The sources of the given ids that exist (through the id's uniqueness index), in publication order, then by id.
MATCH (source:Source)
WHERE source.id IN $ids
RETURN source.id AS id, source.title AS title, source.publisher AS publisher, source.published AS published,
       source.authors AS authors, source.url AS url
ORDER BY source.published, source.id

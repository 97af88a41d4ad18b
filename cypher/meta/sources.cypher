MATCH (source:Source)
RETURN source.id AS id, source.title AS title, source.publisher AS publisher, source.published AS published,
       source.authors AS authors, source.url AS url
ORDER BY source.published, source.id

// Search by name or alias: a full-text index over each actor's name and its search text (name + aliases).
CREATE FULLTEXT INDEX actor_search IF NOT EXISTS
FOR (actor:Actor)
ON EACH [actor.name, actor.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};

CREATE INDEX actor_kind IF NOT EXISTS
FOR (actor:Actor)
ON (actor.kind);

MATCH (actor:Actor)
WITH actor, COUNT { (actor)--() } AS degree
ORDER BY degree DESC, actor.id
LIMIT $limit
RETURN actor.id AS id, actor.name AS name, actor.kind AS kind, actor.aliases AS aliases, degree

MATCH (actor:Actor)
RETURN actor.id AS id, actor.hash AS hash, actor.kind AS kind

MATCH (actor:Actor {id: $id})
RETURN actor.id AS id

UNWIND $ids AS actorId
MATCH (actor:Actor {id: actorId})
RETURN actor.id AS key, properties(actor) AS properties, COUNT { (actor)--() } AS degree

// Every actor with its properties and degree, as actors-by-id.cypher returns them: read once per corpus version
// with the per-pair summary.
MATCH (actor:Actor)
RETURN actor.id AS key, properties(actor) AS properties, COUNT { (actor)--() } AS degree

// One actor with its claims (both directions), the other actor and the source of each; at most $limit claims.
MATCH (actor:Actor {id: $id})
CALL (actor) {
  MATCH (actor)-[claim]-(other:Actor)
  OPTIONAL MATCH (source:Source {id: claim.sourceId})
  RETURN claim, other, source
  ORDER BY claim.dateFirst, claim.id
  LIMIT $limit
}
WITH actor, collect({
  key: claim.id,
  type: type(claim),
  outgoing: startNode(claim) = actor,
  other: other {.id, .name, .kind},
  properties: properties(claim),
  source: source {.id, .title, .publisher, .published}
}) AS claims
RETURN properties(actor) AS actor, COUNT { (actor)--() } AS degree, claims

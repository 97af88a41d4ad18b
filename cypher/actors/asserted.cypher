// The claims an actor asserts (their assertedBy is $id), with both ends and the source of each, earliest first;
// their count, and at most $limit of them.
MATCH (from:Actor)-[claim]->(to:Actor)
WHERE claim.assertedBy = $id
OPTIONAL MATCH (source:Source {id: claim.sourceId})
WITH from, claim, to, source
ORDER BY claim.dateFirst, claim.id
WITH collect({
  key: claim.id,
  type: type(claim),
  from: from {.id, .name, .kind},
  to: to {.id, .name, .kind},
  properties: properties(claim),
  source: source {.id, .title, .publisher, .published}
}) AS claims
RETURN size(claims) AS count, claims[0..$limit] AS claims

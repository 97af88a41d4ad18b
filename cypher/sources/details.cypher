// One source with its claims in paragraph order, both ends of each; their count, and at most $limit of them.
MATCH (source:Source {id: $id})
CALL (source) {
  MATCH (from:Actor)-[claim]->(to:Actor)
  WHERE claim.sourceId = source.id
  WITH from, claim, to
  ORDER BY claim.paragraph, claim.id
  RETURN collect({
    key: claim.id,
    type: type(claim),
    from: from {.id, .name, .kind},
    to: to {.id, .name, .kind},
    properties: properties(claim)
  }) AS claims
}
RETURN properties(source) AS source, size(claims) AS count, claims[0..$limit] AS claims

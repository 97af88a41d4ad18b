// The pair of actors one claim links, as [lower id, higher id]; no row when there is no such claim.
MATCH (a:Actor)-[claim]->(b:Actor)
WHERE claim.id = $claim
RETURN CASE WHEN a.id < b.id THEN [a.id, b.id] ELSE [b.id, a.id] END AS pair
LIMIT 1

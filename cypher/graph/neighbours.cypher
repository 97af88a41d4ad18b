// One breadth-first step: the actors linked to the frontier by a claim that passes the filters.
UNWIND $frontier AS frontierId
MATCH (actor:Actor {id: frontierId})-[claim]-(neighbour:Actor)
WHERE NOT neighbour.id IN $seen
  AND (size($types) = 0 OR type(claim) IN $types)
  AND ($from IS NULL OR claim.dateLast >= $from)
  AND ($to IS NULL OR claim.dateFirst <= $to)
  AND (size($sources) = 0 OR claim.sourceId IN $sources)
  AND (size($certainty) = 0 OR claim.certainty IN $certainty)
RETURN DISTINCT neighbour.id AS id
LIMIT $limit

// All shortest paths between two actors (at most 6 steps; the caller's maxDepth narrows it), through claims
// that pass the filters.
MATCH (start:Actor {id: $start}), (end:Actor {id: $end})
MATCH path = allShortestPaths((start)-[*..6]-(end))
WHERE length(path) <= $maxDepth
  AND all(claim IN relationships(path) WHERE
        (size($types) = 0 OR type(claim) IN $types)
    AND ($from IS NULL OR claim.dateLast >= $from)
    AND ($to IS NULL OR claim.dateFirst <= $to)
    AND (size($sources) = 0 OR claim.sourceId IN $sources)
    AND (size($certainty) = 0 OR claim.certainty IN $certainty))
RETURN [actor IN nodes(path) | actor.id] AS actorIds,
       [claim IN relationships(path) | {
         key: claim.id,
         source: startNode(claim).id,
         target: endNode(claim).id,
         type: type(claim),
         properties: properties(claim)
       }] AS claims
LIMIT $limit

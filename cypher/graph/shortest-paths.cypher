// All shortest paths between two actors of at most $maxDepth claims (1 to 6), through claims that pass the filters;
// the same actor at both ends is its own path of length 0. A path length bound cannot be a parameter, so each
// bound has its own branch and $maxDepth picks one: the search itself stops at the bound, and a pair with no path
// within it costs only the search up to it. The filters are checked claim by claim during the search.
MATCH (start:Actor {id: $start}), (end:Actor {id: $end})
CALL (start, end) {
  WITH start, end WHERE $maxDepth = 1
  MATCH path = ALL SHORTEST (start) (()-[claim]-() WHERE
      (size($types) = 0 OR type(claim) IN $types)
      AND ($from IS NULL OR claim.dateLast >= $from)
      AND ($to IS NULL OR claim.dateFirst <= $to)
      AND (size($sources) = 0 OR claim.sourceId IN $sources)
      AND (size($certainty) = 0 OR claim.certainty IN $certainty)){0,1} (end)
  RETURN path
UNION ALL
  WITH start, end WHERE $maxDepth = 2
  MATCH path = ALL SHORTEST (start) (()-[claim]-() WHERE
      (size($types) = 0 OR type(claim) IN $types)
      AND ($from IS NULL OR claim.dateLast >= $from)
      AND ($to IS NULL OR claim.dateFirst <= $to)
      AND (size($sources) = 0 OR claim.sourceId IN $sources)
      AND (size($certainty) = 0 OR claim.certainty IN $certainty)){0,2} (end)
  RETURN path
UNION ALL
  WITH start, end WHERE $maxDepth = 3
  MATCH path = ALL SHORTEST (start) (()-[claim]-() WHERE
      (size($types) = 0 OR type(claim) IN $types)
      AND ($from IS NULL OR claim.dateLast >= $from)
      AND ($to IS NULL OR claim.dateFirst <= $to)
      AND (size($sources) = 0 OR claim.sourceId IN $sources)
      AND (size($certainty) = 0 OR claim.certainty IN $certainty)){0,3} (end)
  RETURN path
UNION ALL
  WITH start, end WHERE $maxDepth = 4
  MATCH path = ALL SHORTEST (start) (()-[claim]-() WHERE
      (size($types) = 0 OR type(claim) IN $types)
      AND ($from IS NULL OR claim.dateLast >= $from)
      AND ($to IS NULL OR claim.dateFirst <= $to)
      AND (size($sources) = 0 OR claim.sourceId IN $sources)
      AND (size($certainty) = 0 OR claim.certainty IN $certainty)){0,4} (end)
  RETURN path
UNION ALL
  WITH start, end WHERE $maxDepth = 5
  MATCH path = ALL SHORTEST (start) (()-[claim]-() WHERE
      (size($types) = 0 OR type(claim) IN $types)
      AND ($from IS NULL OR claim.dateLast >= $from)
      AND ($to IS NULL OR claim.dateFirst <= $to)
      AND (size($sources) = 0 OR claim.sourceId IN $sources)
      AND (size($certainty) = 0 OR claim.certainty IN $certainty)){0,5} (end)
  RETURN path
UNION ALL
  WITH start, end WHERE $maxDepth = 6
  MATCH path = ALL SHORTEST (start) (()-[claim]-() WHERE
      (size($types) = 0 OR type(claim) IN $types)
      AND ($from IS NULL OR claim.dateLast >= $from)
      AND ($to IS NULL OR claim.dateFirst <= $to)
      AND (size($sources) = 0 OR claim.sourceId IN $sources)
      AND (size($certainty) = 0 OR claim.certainty IN $certainty)){0,6} (end)
  RETURN path
}
RETURN [actor IN nodes(path) | actor.id] AS actorIds,
       [claim IN relationships(path) | {
         key: claim.id,
         source: startNode(claim).id,
         target: endNode(claim).id,
         type: type(claim),
         properties: properties(claim)
       }] AS claims
LIMIT $limit

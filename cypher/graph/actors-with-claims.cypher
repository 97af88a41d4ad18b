// The actors of the whole graph, best connected first; with $filtered, only those with a claim passing the filters.
MATCH (actor:Actor)
WHERE NOT $filtered
   OR EXISTS {
        MATCH (actor)-[claim]-(:Actor)
        WHERE (size($types) = 0 OR type(claim) IN $types)
          AND ($from IS NULL OR claim.dateLast >= $from)
          AND ($to IS NULL OR claim.dateFirst <= $to)
          AND (size($sources) = 0 OR claim.sourceId IN $sources)
          AND (size($certainty) = 0 OR claim.certainty IN $certainty)
      }
WITH actor, COUNT { (actor)--() } AS degree
ORDER BY degree DESC, actor.id
LIMIT $limit
RETURN actor.id AS id

// The claims between two actors that pass the filters, one page at a time, earliest first; with $bothWays also
// those from $target to $source; with $period, only claims dated in that month (YYYY-MM) or, for claims dated
// only by year, that year (YYYY), as dyad-periods.cypher counts them. The total counts the whole selection.
MATCH (source:Actor {id: $source})-[claim]-(target:Actor {id: $target})
WHERE ($bothWays OR startNode(claim) = source)
  AND (size($types) = 0 OR type(claim) IN $types)
  AND ($from IS NULL OR claim.dateLast >= $from)
  AND ($to IS NULL OR claim.dateFirst <= $to)
  AND (size($sources) = 0 OR claim.sourceId IN $sources)
  AND (size($certainty) = 0 OR claim.certainty IN $certainty)
  AND ($period IS NULL OR substring(claim.date, 0, 7) = $period)
WITH claim, startNode(claim).id AS start, endNode(claim).id AS end
ORDER BY claim.dateFirst, claim.id
WITH collect([claim, start, end]) AS found
RETURN size(found) AS total,
       [row IN found[$offset..($offset + $limit)] | {
         key: row[0].id,
         source: row[1],
         target: row[2],
         type: type(row[0]),
         properties: properties(row[0])
       }] AS claims

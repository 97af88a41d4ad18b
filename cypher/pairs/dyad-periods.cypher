// The claims between two actors (either way) counted per period, relation type and origin: a month for claims
// dated to the month or day, the year for claims dated only by year, none for undated ones.
MATCH (:Actor {id: $a})-[claim]-(:Actor {id: $b})
WHERE (size($types) = 0 OR type(claim) IN $types)
  AND (size($sources) = 0 OR claim.sourceId IN $sources)
  AND (size($certainty) = 0 OR claim.certainty IN $certainty)
WITH CASE WHEN claim.date IS NULL THEN null ELSE substring(claim.date, 0, 7) END AS period,
     type(claim) AS type,
     coalesce(claim.origin, 'curated') AS origin
RETURN period, type, origin, count(*) AS claims
ORDER BY period, type, origin

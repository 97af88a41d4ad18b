// The graph on a set of actors with its claims aggregated: one row per ordered actor pair and relation type, with
// the number of claims, the first and last day they cover, how many sources state them and their origins. Claims
// are found as graph-on.cypher finds them (from the target, or between the two actors for a hub).
UNWIND $ids AS actorId
MATCH (actor:Actor {id: actorId})
WITH collect(actor) AS actors
RETURN [actor IN actors | {
         key: actor.id,
         properties: actor {.name, .kind, .aliases, .description, .unnamed, .country},
         degree: COUNT { (actor)--() }
       }] AS actors,
       COLLECT {
         CALL (actors) {
           UNWIND actors AS to
           WITH to
           WHERE COUNT { (to)<--() } <= $cheapDegree
           MATCH (from)-[claim]->(to)
           WHERE from IN actors
           RETURN claim
         UNION ALL
           UNWIND actors AS to
           WITH to
           WHERE COUNT { (to)<--() } > $cheapDegree
           UNWIND actors AS from
           MATCH (from)-[claim]->(to)
           RETURN claim
         }
         WITH claim
         WHERE (size($types) = 0 OR type(claim) IN $types)
           AND ($from IS NULL OR claim.dateLast >= $from)
           AND ($to IS NULL OR claim.dateFirst <= $to)
           AND (size($sources) = 0 OR claim.sourceId IN $sources)
           AND (size($certainty) = 0 OR claim.certainty IN $certainty)
         WITH startNode(claim).id AS source, endNode(claim).id AS target, type(claim) AS type, claim
         WITH source, target, type,
              count(claim) AS claims,
              min(claim.dateFirst) AS dateFirst,
              max(claim.dateLast) AS dateLast,
              count(DISTINCT claim.sourceId) AS sources,
              collect(DISTINCT coalesce(claim.origin, 'curated')) AS origins
         RETURN [source, target, type, claims, dateFirst, dateLast, sources, origins]
         LIMIT $limit
       } AS pairs

// The graph on a set of actors: the actors, and at most $limit claims among them that pass the filters.
// A claim is found from its target when the target has at most $cheapDegree incoming claims (the common case),
// else by matching it between its two actors, so that no hub's whole list of claims is read. Each claim comes as a
// list (cheaper than a map to encode and decode): id, start, end, type, then dateFirst and the stored claim
// fields in the order of server/api/claim-fields.ts (tests/unit/claim-fields.test.ts checks it).
UNWIND $ids AS actorId
MATCH (actor:Actor {id: actorId})
WITH collect(actor) AS actors
RETURN [actor IN actors | {
         key: actor.id,
         properties: actor {.name, .kind, .aliases, .description, .unnamed},
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
         RETURN [
           claim.id,
           startNode(claim).id,
           endNode(claim).id,
           type(claim),
           claim.dateFirst,
           claim.date,
           claim.dateEnd,
           claim.sourceId,
           claim.certainty,
           claim.assertedBy,
           claim.paragraph,
           claim.quote,
           claim.summary,
           claim.origin,
           claim.status,
           claim.confidence,
           claim.eventId,
           claim.eventSentence,
           claim.cameoCode,
           claim.cameoLabel,
           claim.goldstein,
           claim.mentions,
           claim.sourceCount,
           claim.articleCount,
           claim.tone,
           claim.place,
           claim.latitude,
           claim.longitude
         ]
         LIMIT $limit
       } AS claims

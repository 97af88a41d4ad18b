// What analysts say about Kim Jong-un
// Every assessment that involves Kim Jong-un, with who holds it: the assessed relations drawn, who says so listed.
MATCH (kim:Actor {id: 'kim-jong-un'})-[claim]-(other:Actor)
WHERE claim.certainty = 'assessment'
OPTIONAL MATCH (analyst:Actor {id: claim.assertedBy})
RETURN kim, claim, other,
       coalesce(analyst.name, 'the article itself') AS assessedBy,
       claim.summary AS summary,
       claim.sourceId AS source
ORDER BY assessedBy, type(claim)

// What each analyst or observer says about Kim Jong-un: every assessment that involves him, with who holds it.
MATCH (kim:Actor {id: 'kim-jong-un'})-[claim]-(other:Actor)
WHERE claim.certainty = 'assessment'
OPTIONAL MATCH (analyst:Actor {id: claim.assertedBy})
RETURN coalesce(analyst.name, 'the article itself') AS assessedBy,
       type(claim) AS relation,
       startNode(claim).name AS from,
       endNode(claim).name AS to,
       claim.summary AS summary,
       claim.sourceId AS source
ORDER BY assessedBy, relation

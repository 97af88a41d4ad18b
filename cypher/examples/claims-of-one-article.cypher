// Claims of one article
// Every claim of one article, in the order of its paragraphs (change the id to see another source).
MATCH (source:Source {id: 'hankyoreh-2019-01-09-kim-china-visits'})
MATCH (a:Actor)-[claim]->(b:Actor)
WHERE claim.sourceId = source.id
RETURN a, claim, b,
       claim.paragraph AS paragraph,
       claim.date AS date,
       claim.certainty AS certainty,
       claim.quote AS quote
ORDER BY paragraph, claim.id

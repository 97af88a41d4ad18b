// Who met whom
// Every meeting, its date and the article that reports it: the meetings drawn, the details in the table.
MATCH (a:Actor)-[meeting:MEETS]->(b:Actor)
OPTIONAL MATCH (source:Source {id: meeting.sourceId})
RETURN a, meeting, b,
       meeting.date AS date,
       meeting.summary AS summary,
       source.title AS article
ORDER BY meeting.dateFirst, a.name

// Who met whom, and when, according to which article.
MATCH (a:Actor)-[meeting:MEETS]->(b:Actor)
MATCH (source:Source {id: meeting.sourceId})
RETURN a.name AS actor,
       b.name AS met,
       meeting.date AS date,
       meeting.summary AS summary,
       source.title AS article
ORDER BY meeting.dateFirst, actor

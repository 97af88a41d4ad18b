// Everyone within two steps of Xi Jinping, for Neo4j Browser's graph view.
MATCH path = (:Actor {id: 'xi-jinping'})-[*1..2]-(:Actor)
RETURN path
LIMIT 100

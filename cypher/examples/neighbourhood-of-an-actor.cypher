// Neighbourhood of Xi Jinping
// Everyone within two steps of Xi Jinping, as paths (also for Neo4j Browser's graph view).
MATCH path = (:Actor {id: 'xi-jinping'})-[*1..2]-(:Actor)
RETURN path
LIMIT 100

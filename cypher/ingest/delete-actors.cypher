UNWIND $ids AS id
MATCH (actor:Actor {id: id})
DETACH DELETE actor

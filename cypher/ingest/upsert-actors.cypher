UNWIND $rows AS row
MERGE (actor:Actor {id: row.id})
SET actor = row

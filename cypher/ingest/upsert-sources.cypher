UNWIND $rows AS row
MERGE (source:Source {id: row.id})
SET source = row

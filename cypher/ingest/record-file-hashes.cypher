// After every write: the source and its claims now mirror the file with this content hash.
UNWIND $rows AS row
MATCH (source:Source {id: row.id})
SET source.fileHash = row.fileHash

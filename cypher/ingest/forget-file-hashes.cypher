// Before the claims of a changed file are written: until they all are, the source no longer vouches for them.
UNWIND $ids AS id
MATCH (source:Source {id: id})
REMOVE source.fileHash

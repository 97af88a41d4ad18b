MATCH (source:Source)
RETURN source.id AS id, source.hash AS hash, source.fileHash AS fileHash

MATCH (migration:SchemaMigration)
RETURN migration.version AS version, migration.checksum AS checksum
ORDER BY version

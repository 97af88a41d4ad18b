MERGE (migration:SchemaMigration {version: $version})
SET migration.description = $description,
    migration.checksum = $checksum,
    migration.appliedAt = datetime()

// sweep-relationships: graph-model.md "Provenance" step 1 for relationships: the importing source's
// relationships that this import did not write again (importedAt is not this import's) say what the source no
// longer says. Defaulted operators belong to the owner and are refreshed by the derive statements.
// Needs: $source, $importedAt. Returns removed. Each branch uses the relationship index on source.
CALL {
  MATCH ()-[r:PROVIDED_BY]->() WHERE r.source = $source AND r.importedAt <> $importedAt
  DELETE r RETURN count(*) AS removed
  UNION ALL
  MATCH ()-[r:OWNED_BY]->() WHERE r.source = $source AND r.importedAt <> $importedAt
  DELETE r RETURN count(*) AS removed
  UNION ALL
  MATCH ()-[r:OPERATED_BY]->() WHERE r.source = $source AND r.importedAt <> $importedAt AND NOT r.defaulted
  DELETE r RETURN count(*) AS removed
  UNION ALL
  MATCH ()-[r:AT_SITE]->() WHERE r.source = $source AND r.importedAt <> $importedAt
  DELETE r RETURN count(*) AS removed
  UNION ALL
  MATCH ()-[r:REQUIRES]->() WHERE r.source = $source AND r.importedAt <> $importedAt
  DELETE r RETURN count(*) AS removed
  UNION ALL
  MATCH ()-[r:MANAGES]->() WHERE r.source = $source AND r.importedAt <> $importedAt
  DELETE r RETURN count(*) AS removed
  UNION ALL
  MATCH ()-[r:BETWEEN]->() WHERE r.source = $source AND r.importedAt <> $importedAt
  DELETE r RETURN count(*) AS removed
  UNION ALL
  MATCH ()-[r:HAS_ACCESS]->() WHERE r.source = $source AND r.importedAt <> $importedAt
  DELETE r RETURN count(*) AS removed
}
RETURN sum(removed) AS removed

// sweep-relationships: graph-model.md "Provenance" step 1 for relationships: the importing source's
// relationships that this import did not write again (importedAt is not this import's) say what the source no
// longer says. Defaulted operators belong to the owner and are refreshed by the derive statements.
// Needs: $source, $importedAt. Returns removed, and touched: the ids of both ends of every deleted relationship (repeats
// included),
// the nodes whose derived facts and completeness the import then checks. Each branch uses the relationship index
// on source.
CALL {
  MATCH (a)-[r:PROVIDED_BY]->(b) WHERE r.source = $source AND r.importedAt <> $importedAt
  WITH r, a.id AS from, b.id AS to DELETE r RETURN count(*) AS removed, collect(from) + collect(to) AS touched
  UNION ALL
  MATCH (a)-[r:OWNED_BY]->(b) WHERE r.source = $source AND r.importedAt <> $importedAt
  WITH r, a.id AS from, b.id AS to DELETE r RETURN count(*) AS removed, collect(from) + collect(to) AS touched
  UNION ALL
  MATCH (a)-[r:OPERATED_BY]->(b) WHERE r.source = $source AND r.importedAt <> $importedAt AND NOT r.defaulted
  WITH r, a.id AS from, b.id AS to DELETE r RETURN count(*) AS removed, collect(from) + collect(to) AS touched
  UNION ALL
  MATCH (a)-[r:AT_SITE]->(b) WHERE r.source = $source AND r.importedAt <> $importedAt
  WITH r, a.id AS from, b.id AS to DELETE r RETURN count(*) AS removed, collect(from) + collect(to) AS touched
  UNION ALL
  MATCH (a)-[r:REQUIRES]->(b) WHERE r.source = $source AND r.importedAt <> $importedAt
  WITH r, a.id AS from, b.id AS to DELETE r RETURN count(*) AS removed, collect(from) + collect(to) AS touched
  UNION ALL
  MATCH (a)-[r:MANAGES]->(b) WHERE r.source = $source AND r.importedAt <> $importedAt
  WITH r, a.id AS from, b.id AS to DELETE r RETURN count(*) AS removed, collect(from) + collect(to) AS touched
  UNION ALL
  MATCH (a)-[r:BETWEEN]->(b) WHERE r.source = $source AND r.importedAt <> $importedAt
  WITH r, a.id AS from, b.id AS to DELETE r RETURN count(*) AS removed, collect(from) + collect(to) AS touched
  UNION ALL
  MATCH (a)-[r:HAS_ACCESS]->(b) WHERE r.source = $source AND r.importedAt <> $importedAt
  WITH r, a.id AS from, b.id AS to DELETE r RETURN count(*) AS removed, collect(from) + collect(to) AS touched
}
RETURN sum(removed) AS removed, reduce(ids = [], part IN collect(touched) | ids + part) AS touched

// merge-has-access: HAS_ACCESS from access[] (docs/graph-model.md, "Relationships"), one per (party, element,
// kind, country) and source. MERGE cannot match an absent country, so the match is written out.
// Needs: $rows [{from, to, kind, country}] (distinct), $source, $importedAt.
UNWIND $rows AS row
MATCH (a:Party {id: row.from})
MATCH (b:Element {id: row.to})
OPTIONAL MATCH (a)-[existing:HAS_ACCESS {source: $source, kind: row.kind}]->(b)
  WHERE coalesce(existing.country, '') = coalesce(row.country, '')
WITH a, b, row, head(collect(existing)) AS existing
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[:HAS_ACCESS {source: $source, kind: row.kind, country: row.country, importedAt: $importedAt}]->(b))
FOREACH (r IN CASE WHEN existing IS NULL THEN [] ELSE [existing] END |
  SET r.importedAt = $importedAt)

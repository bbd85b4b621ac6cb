// merge-has-access: HAS_ACCESS from access[] (docs/graph-model.md, "Relationships"), one per (party, element,
// kind, country) and source; an unchanged fact keeps its relationship and only its importedAt moves on. The
// existing relationship is found by expanding between the two bound nodes, from the end with fewer
// relationships (the party may reach a million elements), and only then filtered by source: a predicate on
// r.source inside the pattern lets the planner seek the relationship index on source instead, reading every
// relationship of the source for every row (see merge-owned-by.cypher).
// Needs: $rows [{from, to, kind, country}] (distinct; country may be null), $source, $importedAt.
UNWIND $rows AS row
MATCH (a:Party {id: row.from}) USING INDEX SEEK a:Party(id)
MATCH (b:Element {id: row.to}) USING INDEX SEEK b:Element(id)
WITH a, b, row, [(a)-[r:HAS_ACCESS]->(b) | r] AS links
WITH a, b, row, [r IN links WHERE r.source = $source AND r.kind = row.kind
                 AND coalesce(r.country, '') = coalesce(row.country, '')] AS existing
FOREACH (_ IN CASE WHEN existing = [] THEN [1] ELSE [] END |
  CREATE (a)-[:HAS_ACCESS {source: $source, kind: row.kind, country: row.country, importedAt: $importedAt}]->(b))
FOREACH (r IN existing | SET r.importedAt = $importedAt)

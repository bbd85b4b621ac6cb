// merge-has-access: HAS_ACCESS from access[] (docs/graph-model.md, "Relationships"), one per (party, element,
// kind, country) and source; an unchanged fact keeps its relationship and only its importedAt moves on. The
// existing relationship is looked for from the element, not the party, which may reach a million elements.
// Needs: $rows [{from, to, kind, country}] (distinct; country may be null), $source, $importedAt.
UNWIND $rows AS row
MATCH (a:Party {id: row.from})
MATCH (b:Element {id: row.to})
WITH a, b, row, [(b)<-[r:HAS_ACCESS {source: $source, kind: row.kind}]-(other)
                 WHERE other.id = row.from AND coalesce(r.country, '') = coalesce(row.country, '') | r] AS existing
FOREACH (_ IN CASE WHEN existing = [] THEN [1] ELSE [] END |
  CREATE (a)-[:HAS_ACCESS {source: $source, kind: row.kind, country: row.country, importedAt: $importedAt}]->(b))
FOREACH (r IN existing | SET r.importedAt = $importedAt)

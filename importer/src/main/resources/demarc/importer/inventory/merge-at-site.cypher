// merge-at-site: AT_SITE relationships from site (docs/graph-model.md, "Relationships"), one per row, owned by the
// importing source. An unchanged fact keeps its relationship and only its importedAt moves on, so the sweep
// that follows removes exactly what the source no longer says. The existing relationship is looked for from
// the first node, never the second: that may be a party or site with a million relationships.
// Needs: $rows [{from, to}] (distinct), $source, $importedAt. Both ends exist (validated; nodes merged first).
UNWIND $rows AS row
MATCH (a:Element {id: row.from})
MATCH (b:Element {id: row.to})
WITH a, b, row, [(a)-[r:AT_SITE {source: $source}]->(other) WHERE other.id = row.to | r] AS existing
FOREACH (_ IN CASE WHEN existing = [] THEN [1] ELSE [] END |
  CREATE (a)-[:AT_SITE {source: $source, importedAt: $importedAt}]->(b))
FOREACH (r IN existing | SET r.importedAt = $importedAt)

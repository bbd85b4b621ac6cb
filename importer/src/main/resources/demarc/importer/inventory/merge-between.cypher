// merge-between: BETWEEN relationships from connections[].between (end: position 0 or 1) (docs/graph-model.md, "Relationships"), one per row, owned by the
// importing source. An unchanged fact keeps its relationship and only its importedAt moves on, so the sweep
// that follows removes exactly what the source no longer says. The existing relationship is looked for from
// the first node, never the second: that may be a party or site with a million relationships.
// Needs: $rows [{from, to, end}] (distinct), $source, $importedAt. Both ends exist (validated; nodes merged first).
UNWIND $rows AS row
MATCH (a:Connection {id: row.from})
MATCH (b:Element {id: row.to})
WITH a, b, row, [(a)-[r:BETWEEN {source: $source, end: row.end}]->(other) WHERE other.id = row.to | r] AS existing
FOREACH (_ IN CASE WHEN existing = [] THEN [1] ELSE [] END |
  CREATE (a)-[:BETWEEN {source: $source, end: row.end, importedAt: $importedAt}]->(b))
FOREACH (r IN existing | SET r.importedAt = $importedAt)

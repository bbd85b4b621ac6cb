// merge-service-requires: REQUIRES relationships from services[].requires (slot, anyOf) (docs/graph-model.md, "Relationships"), one per row, owned by the
// importing source. An unchanged fact keeps its relationship and only its importedAt moves on, so the sweep
// that follows removes exactly what the source no longer says. The existing relationship is found by expanding
// between the two bound nodes, which starts from the end with fewer relationships (the second may be a party or
// zone with a million), and only then filtered by source: a predicate on r.source inside the pattern lets the
// planner seek the relationship index on source instead, which it does while the graph is nearly empty and then
// keeps in its plan cache, and that reads every relationship the source has for every row: quadratic in the
// document (a 50,000-element document under one owner did not finish in 15 minutes).
// Needs: $rows [{from, to, slot, anyOf}] (distinct), $source, $importedAt. Both ends exist (validated; nodes merged first).
UNWIND $rows AS row
MATCH (a:Service {id: row.from}) USING INDEX SEEK a:Service(id)
MATCH (b:Element {id: row.to}) USING INDEX SEEK b:Element(id)
WITH a, b, row, [(a)-[r:REQUIRES]->(b) | r] AS links
WITH a, b, row, [r IN links WHERE r.source = $source AND r.slot = row.slot AND r.anyOf = row.anyOf] AS existing
FOREACH (_ IN CASE WHEN existing = [] THEN [1] ELSE [] END |
  CREATE (a)-[:REQUIRES {source: $source, slot: row.slot, anyOf: row.anyOf, importedAt: $importedAt}]->(b))
FOREACH (r IN existing | SET r.importedAt = $importedAt)

// merge-parties: one node per entry of parties[] (docs/graph-model.md, "Nodes"), provenance per "Provenance" step 2:
// the node gains the importing source in `sources`; its properties become exactly the document's when no
// other source defines it, otherwise only the fields the document states are set (the later import wins).
// Needs: $rows [{id, properties}], $source, $importedAt. Run by InventoryWriter in the import's transaction.
UNWIND $rows AS row
MERGE (n:Party {id: row.id})
WITH n, row, coalesce(n.sources, []) AS sources
FOREACH (_ IN CASE WHEN all(s IN sources WHERE s = $source) THEN [1] ELSE [] END | SET n = {id: row.id})
SET n += row.properties,
    n.sources = CASE WHEN $source IN sources THEN sources ELSE sources + $source END,
    n.source = $source,
    n.importedAt = $importedAt

// find-incomplete: nodes left without a required relationship, for the report's warnings. It happens when a
// source that had taken over a node's owner, provider or ends (graph-model.md, "Provenance" step 3) is removed
// or stops stating them: the facts it replaced are not restored until their own source is imported again.
// Runs at the end of every import over the nodes the import touched (InventoryWriter): only a node that lost a
// relationship can have become incomplete. Needs: $ids (distinct ids). Returns id, list, field, sources.
MATCH (e:Element)
WHERE e.id IN $ids AND NOT EXISTS { (e)-[:OWNED_BY]->() }
RETURN e.id AS id, CASE WHEN e:Function THEN 'functions' ELSE 'resources' END AS list, 'owner' AS field,
       e.sources AS sources
UNION ALL
MATCH (s:Service)
WHERE s.id IN $ids AND NOT EXISTS { (s)-[:PROVIDED_BY]->() }
RETURN s.id AS id, 'services' AS list, 'provider' AS field, s.sources AS sources
UNION ALL
MATCH (c:Connection)
WHERE c.id IN $ids AND COUNT { (c)-[:BETWEEN]->() } <> 2
RETURN c.id AS id, 'connections' AS list, 'between' AS field, c.sources AS sources

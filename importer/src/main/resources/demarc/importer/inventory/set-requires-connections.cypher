// set-requires-connections: REQUIRES.connection is the id of a declared connection whose two BETWEEN ends are
// the two ends of the REQUIRES, in either direction (graph-model.md, "Relationships"); when several
// connections join the same pair, the smallest id, so the result does not depend on import order.
// Runs at the end of every import for the REQUIRES that start at the elements the import touched (see
// clear-requires-connections). The REQUIRES are read from the requiring side: the required one may be a zone a
// million VMs need. Needs: $ids (distinct ids). Returns nothing.
UNWIND $ids AS id
MATCH (x:Element {id: id})<-[:BETWEEN]-(c:Connection)-[:BETWEEN]->(y:Element) USING INDEX SEEK x:Element(id)
WHERE x <> y
MATCH (x)-[r:REQUIRES]->(required)
WHERE required.id = y.id
WITH r, min(c.id) AS connection
SET r.connection = connection

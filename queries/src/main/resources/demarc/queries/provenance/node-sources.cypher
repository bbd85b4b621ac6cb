// id: provenance/node-sources
// What: for each given id of a party, service, element or connection, the sources whose documents define it
// (its `sources` list, in the order they first did). Ids not in the graph are left out.
// Needs: $ids.
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (p:Party {id: id}) RETURN p.sources AS sources
  UNION ALL
  OPTIONAL MATCH (s:Service {id: id}) RETURN s.sources AS sources
  UNION ALL
  OPTIONAL MATCH (e:Element {id: id}) RETURN e.sources AS sources
  UNION ALL
  OPTIONAL MATCH (c:Connection {id: id}) RETURN c.sources AS sources
}
WITH id, sources WHERE sources IS NOT NULL
RETURN id, sources
ORDER BY id

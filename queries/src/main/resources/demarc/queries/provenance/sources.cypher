// id: provenance/sources
// What: the inventory sources the given nodes come from (graph-model.md, Provenance): each source once, with
// the document's date, file, SHA-256 and the time it was last imported, sorted by id. A source named in a node's
// `sources` but without its :Source node (a graph written by hand) still appears, with the document fields null.
// Needs: $ids (ids of parties, services, elements and connections).
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
UNWIND coalesce(sources, []) AS source
WITH DISTINCT source
OPTIONAL MATCH (document:Source {id: source})
RETURN source AS id, document.asOf AS asOf, document.file AS file, document.hash AS hash,
       document.importedAt AS importedAt
ORDER BY id

// lookup-ids: what the graph holds under the ids an inventory document defines or refers to, read before
// the document is validated and written (InventoryImporter). Read-only.
// Needs: $ids (list of ids). Returns one row per node found: its label, provenance, properties and the
// relationships the document could replace (provider, owner, operator, site, requires, manages, between).
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (n:Party {id: id}) USING INDEX SEEK n:Party(id) RETURN n
  UNION
  WITH id
  MATCH (n:Service {id: id}) USING INDEX SEEK n:Service(id) RETURN n
  UNION
  WITH id
  MATCH (n:Element {id: id}) USING INDEX SEEK n:Element(id) RETURN n
  UNION
  WITH id
  MATCH (n:Connection {id: id}) USING INDEX SEEK n:Connection(id) RETURN n
}
RETURN n.id AS id,
       [label IN labels(n) WHERE label IN ['Party', 'Service', 'Function', 'Resource', 'Connection']][0] AS label,
       coalesce(n.sources, []) AS sources,
       n.source AS source,
       properties(n) AS properties,
       [(n)-[r:PROVIDED_BY|OWNED_BY|OPERATED_BY|AT_SITE|REQUIRES|MANAGES|BETWEEN]->(target) |
         {type: type(r), target: target.id, source: r.source, slot: r.slot, anyOf: r.anyOf, end: r.end,
          defaulted: r.defaulted}] AS links

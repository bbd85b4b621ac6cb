// id: lookup/party
// What: one party as stored (graph-model.md): its properties, the services it provides, the elements it owns and
// operates, the access it has, and provenance.
// Needs: $id (party id).
MATCH (p:Party {id: $id})
RETURN p {.*} AS properties,
       COLLECT { MATCH (s:Service)-[:PROVIDED_BY]->(p) RETURN s.id AS id ORDER BY id } AS services,
       COLLECT { MATCH (e:Element)-[:OWNED_BY]->(p) RETURN e.id AS id ORDER BY id } AS owns,
       COLLECT { MATCH (e:Element)-[:OPERATED_BY]->(p) RETURN e.id AS id ORDER BY id } AS operates,
       COLLECT { MATCH (p)-[a:HAS_ACCESS]->(e:Element) RETURN {element: e.id, kind: a.kind, country: a.country}
                 ORDER BY e.id, a.kind } AS access

// id: lookup/service
// What: one service as stored (graph-model.md): its properties, provider, requires entries and provenance.
// Needs: $id (service id).
MATCH (s:Service {id: $id})
OPTIONAL MATCH (s)-[:PROVIDED_BY]->(provider:Party)
RETURN s {.*} AS properties,
       provider {.id, .name, .type, .country} AS provider,
       COLLECT { MATCH (s)-[r:REQUIRES]->(x) RETURN {id: x.id, slot: r.slot, anyOf: coalesce(r.anyOf, false),
                 connection: r.connection} ORDER BY r.slot, x.id } AS requires

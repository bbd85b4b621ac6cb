// id: lookup/element
// What: one element as stored (graph-model.md): its properties, owner, operator, requires entries, what it
// manages and what manages it, what requires it, its site and provenance.
// Needs: $id (element id).
MATCH (e:Element {id: $id})
OPTIONAL MATCH (e)-[:OWNED_BY]->(owner:Party)
OPTIONAL MATCH (e)-[operatedBy:OPERATED_BY]->(operator:Party)
RETURN e {.*} AS properties,
       CASE WHEN e:Function THEN 'function' WHEN e:Resource THEN 'resource' ELSE 'element' END AS type,
       owner {.id, .name, .type, .country} AS owner,
       operator {.id, .name, .type, .country} AS operator,
       coalesce(operatedBy.defaulted, false) AS operatorDefaulted,
       COLLECT { MATCH (e)-[r:REQUIRES]->(x) RETURN {id: x.id, slot: r.slot, anyOf: coalesce(r.anyOf, false),
                 connection: r.connection} ORDER BY r.slot, x.id } AS requires,
       COLLECT { MATCH (e)-[:MANAGES]->(x) RETURN x.id AS id ORDER BY id } AS manages,
       COLLECT { MATCH (x)-[:MANAGES]->(e) RETURN x.id AS id ORDER BY id } AS managedBy,
       COLLECT { MATCH (x)-[:REQUIRES]->(e) RETURN DISTINCT x.id AS id ORDER BY id } AS requiredBy,
       COLLECT { MATCH (e)-[:AT_SITE]->(x) RETURN x.id AS id ORDER BY id } AS sites

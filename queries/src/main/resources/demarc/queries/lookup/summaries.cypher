// id: lookup/summaries
// What: the services, elements and parties with the given ids, one line each: what it is, its kind (a service's
// class, an element's kind, a party's type) and the party behind it (a service's provider, an element's owner).
// Ids the graph does not hold are left out.
// Needs: $ids (ids).
CALL {
    MATCH (s:Service) WHERE s.id IN $ids
    OPTIONAL MATCH (s)-[:PROVIDED_BY]->(p:Party)
    RETURN 'service' AS type, s.id AS id, s.name AS name, s.class AS kind, p.id AS party
    UNION ALL
    MATCH (e:Element) WHERE e.id IN $ids
    OPTIONAL MATCH (e)-[:OWNED_BY]->(p:Party)
    RETURN 'element' AS type, e.id AS id, e.name AS name, e.kind AS kind, p.id AS party
    UNION ALL
    MATCH (p:Party) WHERE p.id IN $ids
    RETURN 'party' AS type, p.id AS id, p.name AS name, p.type AS kind, null AS party
}
RETURN type, id, name, kind, party
ORDER BY id, type

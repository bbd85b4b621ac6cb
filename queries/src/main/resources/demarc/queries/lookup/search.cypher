// id: lookup/search
// What: the services, elements and parties whose id or name contains the search text, case-insensitively; an exact
// id first, then ids starting with the text, then the rest, each by id. Per hit: what it is, its kind (a service's
// class, an element's kind, a party's type) and the party behind it (a service's provider, an element's owner).
// Needs: $text (lower-cased search text, may be empty: everything matches), $types (any of 'service', 'element',
// 'party'), $limit (most hits returned).
CALL {
    MATCH (s:Service)
    WHERE 'service' IN $types AND (toLower(s.id) CONTAINS $text OR toLower(coalesce(s.name, '')) CONTAINS $text)
    OPTIONAL MATCH (s)-[:PROVIDED_BY]->(p:Party)
    RETURN 'service' AS type, s.id AS id, s.name AS name, s.class AS kind, p.id AS party
    UNION ALL
    MATCH (e:Element)
    WHERE 'element' IN $types AND (toLower(e.id) CONTAINS $text OR toLower(coalesce(e.name, '')) CONTAINS $text)
    OPTIONAL MATCH (e)-[:OWNED_BY]->(p:Party)
    RETURN 'element' AS type, e.id AS id, e.name AS name, e.kind AS kind, p.id AS party
    UNION ALL
    MATCH (p:Party)
    WHERE 'party' IN $types AND (toLower(p.id) CONTAINS $text OR toLower(coalesce(p.name, '')) CONTAINS $text)
    RETURN 'party' AS type, p.id AS id, p.name AS name, p.type AS kind, null AS party
}
WITH type, id, name, kind, party,
     CASE WHEN toLower(id) = $text THEN 0 WHEN toLower(id) STARTS WITH $text THEN 1 ELSE 2 END AS rank
RETURN type, id, name, kind, party
ORDER BY rank, id, type
LIMIT $limit

// id: demarcation/undeclared-boundaries
// Legal basis: 設備規則23・24 (分界点 with other carriers only); 施行規則27条の2 (third-party facilities).
// What: every REQUIRES from a carrier's service (its provider's side) or element (its owner's side) to an element
// owned by another party, with no declared connection on that relationship: an undeclared boundary when the other
// party is a carrier, no demarcation at all when it is not.
// Needs: $carrier (a party id: only boundaries where it is one of the two parties; or null), $elements (service
// or element ids: only boundaries with an end among them; or null).
MATCH (x)-[r:REQUIRES]->(e:Element)
WHERE r.connection IS NULL AND ($elements IS NULL OR x.id IN $elements OR e.id IN $elements)
MATCH (x)-[:PROVIDED_BY|OWNED_BY]->(c:Party {type: 'carrier'})
MATCH (e)-[:OWNED_BY]->(other:Party)
WHERE other <> c AND ($carrier IS NULL OR c.id = $carrier OR other.id = $carrier)
RETURN x.id AS from, x:Service AS fromService, e.id AS to,
       c {.id, .name, .type, .country} AS party0, other {.id, .name, .type, .country} AS party1,
       CASE WHEN other.type = 'carrier' THEN 'undeclared-boundary' ELSE 'not-a-demarcation' END AS status
ORDER BY from, to

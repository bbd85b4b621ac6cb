// id: walk/services
// What: the services a walk starts from, with their providers; optionally only one carrier's, one service, or
// only services whose provider is a carrier (the duty decisions).
// Needs: $carrier, $service (ids or null), $carriersOnly (boolean).
MATCH (s:Service)
WHERE $service IS NULL OR s.id = $service
OPTIONAL MATCH (s)-[:PROVIDED_BY]->(c:Party)
WITH s, c
WHERE ($carrier IS NULL OR c.id = $carrier) AND (NOT $carriersOnly OR c.type = 'carrier')
RETURN s.id AS service, c.id AS provider
ORDER BY service

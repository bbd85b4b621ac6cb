// id: walk/service
// What: services.cypher for one service: found by its unique id (services.cypher's optional filters keep the
// planner from seeking it: one explanation would scan every service).
// Needs: $carrier (id or null), $service (id), $carriersOnly (boolean).
MATCH (s:Service {id: $service})
OPTIONAL MATCH (s)-[:PROVIDED_BY]->(c:Party)
WITH s, c
WHERE ($carrier IS NULL OR c.id = $carrier) AND (NOT $carriersOnly OR c.type = 'carrier')
RETURN s.id AS service, c.id AS provider
ORDER BY service

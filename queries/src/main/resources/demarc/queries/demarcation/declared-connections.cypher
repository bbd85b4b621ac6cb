// id: demarcation/declared-connections
// Legal basis: 設備規則23・24 (分界点, 機能確認); 端末設備等規則3 (terminal); 設備規則15の2 (shared CATV).
// What: every declared connection with its two ends, their owners and the status of its demarcation point.
// Needs: $carrier (a party id: only connections where it owns one end; or null), $carriersOnlyKinds (kinds that
// join two carriers by definition: a side owned by a party that is not a carrier makes it no demarcation),
// $elements (element ids: only connections with an end among them; or null).
MATCH (k:Connection)
OPTIONAL MATCH (k)-[:BETWEEN {end: 0}]->(e0:Element)
OPTIONAL MATCH (k)-[:BETWEEN {end: 1}]->(e1:Element)
OPTIONAL MATCH (e0)-[:OWNED_BY]->(p0:Party)
OPTIONAL MATCH (e1)-[:OWNED_BY]->(p1:Party)
WITH k, e0, e1, p0, p1
WHERE ($carrier IS NULL OR p0.id = $carrier OR p1.id = $carrier)
  AND ($elements IS NULL OR e0.id IN $elements OR e1.id IN $elements)
WITH *, coalesce(k.kind IN $carriersOnlyKinds, false)
        AND NOT (coalesce(p0.type = 'carrier', false) AND coalesce(p1.type = 'carrier', false)) AS notACarrierSide
RETURN k.id AS connection, k.kind AS kind, e0.id AS end0, e1.id AS end1,
       p0 {.id, .name, .type, .country} AS party0, p1 {.id, .name, .type, .country} AS party1,
       k.point AS point, k.functionCheck AS functionCheck,
       CASE WHEN notACarrierSide THEN 'not-a-demarcation'
            WHEN k.point IS NULL THEN 'missing-point'
            WHEN k.functionCheck IS NULL THEN 'missing-function-check'
            ELSE 'ok' END AS status
ORDER BY connection

// id: failure/requires-below-services
// What: every REQUIRES relationship below each selected service (any depth, declared connections included:
//       failure crosses them), for computing what is critical for the service (inventory-format.md, Dependencies).
// Needs: $carrier (provider id or null), $service (service id or null), $serviceClasses (list of class words).
MATCH (s:Service)-[:PROVIDED_BY]->(c:Party)
WHERE ($carrier IS NULL OR c.id = $carrier)
  AND ($service IS NULL OR s.id = $service)
  AND s.class IN $serviceClasses
MATCH (s)-[:REQUIRES*0..]->(a)
WITH DISTINCT s, a
MATCH (a)-[r:REQUIRES]->(b:Element)
RETURN s.id AS service, a.id AS from, r.slot AS slot, coalesce(r.anyOf, false) AS anyOf, b.id AS to
ORDER BY service, from, slot, to

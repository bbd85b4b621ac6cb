// id: exposure/host-edges
// What: every step from an element to a host it sits on (inventory-format.md: "an element without a country takes
// its host's"): REQUIRES to a resource of a host kind, not across a declared connection (beyond it lies the other
// party's facility, not a host), and AT_SITE; with the host's country and owner. The walk to the nearest host with
// a country runs in memory (ExposureQuery), as the "used for" walk does.
// Needs: $hostKinds (resource kind words).
MATCH (a:Element)-[r:REQUIRES]->(h:Resource)
WHERE r.connection IS NULL AND h.kind IN $hostKinds
OPTIONAL MATCH (h)-[:OWNED_BY]->(o:Party)
RETURN a.id AS from, h.id AS host, h.country AS country,
       CASE WHEN o IS NULL THEN null ELSE {id: o.id, name: o.name, type: o.type, country: o.country} END AS owner
UNION
MATCH (a:Element)-[:AT_SITE]->(h:Resource)
OPTIONAL MATCH (h)-[:OWNED_BY]->(o:Party)
RETURN a.id AS from, h.id AS host, h.country AS country,
       CASE WHEN o IS NULL THEN null ELSE {id: o.id, name: o.name, type: o.type, country: o.country} END AS owner

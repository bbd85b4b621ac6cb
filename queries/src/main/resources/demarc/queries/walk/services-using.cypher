// id: walk/services-using
// What: for each given element, the services it is used for (rules.md, "Used for service S"): reached from the
// service by REQUIRES forward, never across a declared connection, and MANAGES backward, any mix; one shortest
// path per (service, element).
// Needs: $elementIds (list of element ids).
UNWIND $elementIds AS elementId
MATCH (f:Element {id: elementId})
MATCH p = ANY SHORTEST (s:Service)((a)-[r:REQUIRES|MANAGES]-(b)
      WHERE (type(r) = 'REQUIRES' AND startNode(r) = a AND r.connection IS NULL)
         OR (type(r) = 'MANAGES' AND endNode(r) = a))+(f)
OPTIONAL MATCH (s)-[:PROVIDED_BY]->(c:Party)
RETURN elementId, s.id AS service, c.id AS carrier,
       [{id: s.id, via: null}] + [i IN range(0, size(relationships(p)) - 1) |
           {id: nodes(p)[i + 1].id,
            via: CASE WHEN type(relationships(p)[i]) = 'MANAGES' THEN 'managed-by'
                      WHEN coalesce(relationships(p)[i].anyOf, false) THEN 'any-of'
                      ELSE 'requires' END}] AS path
ORDER BY elementId, service

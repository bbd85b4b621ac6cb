// id: walk/walk-steps-from
// What: the steps of walk-edges.cypher that leave the given services and elements (REQUIRES forward unless a
// declared connection joins its ends, MANAGES backward), for a walk that reads only the part of the graph it
// reaches (UsageGraph.loadFrom): each node is found by its unique id, then only its own relationships are read.
// Needs: $ids (ids of services and elements; others match nothing).
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (a:Service {id: id}) RETURN a
  UNION
  WITH id
  MATCH (a:Element {id: id}) RETURN a
}
CALL {
  WITH a
  MATCH (a)-[r:REQUIRES]->(b:Element)
  WHERE r.connection IS NULL
  RETURN b.id AS to, CASE WHEN coalesce(r.anyOf, false) THEN 'any-of' ELSE 'requires' END AS via
  UNION ALL
  WITH a
  MATCH (a:Element)<-[:MANAGES]-(m:Element)
  RETURN m.id AS to, 'managed-by' AS via
}
RETURN a.id AS from, to, via

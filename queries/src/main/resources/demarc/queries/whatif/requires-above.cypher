// id: whatif/requires-above
// Legal basis: 電気通信事業法28条 (what a failure stops decides the accident report).
// What: the REQUIRES relationships that can carry the failure of the given services and elements: every one that
//       leaves a node requiring one of them, directly or through others, or leaves one of them. A node outside that
//       set requires none of them, so it cannot fail with them: FailurePropagation over these relationships gives
//       the answer it gives over the whole graph (requires-graph.cypher), reading what the failure can reach
//       instead of every relationship. Declared connections are crossed; MANAGES never carries failure.
// Needs: $ids (ids of services and elements).
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (n:Element {id: id}) RETURN n
  UNION
  WITH id
  MATCH (n:Service {id: id}) RETURN n
}
MATCH (a)-[:REQUIRES*0..]->(n)
WITH DISTINCT a
MATCH (a)-[r:REQUIRES]->(b:Element)
RETURN a.id AS from, r.slot AS slot, coalesce(r.anyOf, false) AS anyOf, b.id AS to
ORDER BY from, slot, to

// id: whatif/requires-graph
// Legal basis: 電気通信事業法28条 (what a failure stops decides the accident report).
// What: every REQUIRES relationship of the graph, below services and elements alike. Declared connections are
//       crossed (failure does not stop at a demarcation point); MANAGES is not read, it never carries failure.
// Needs: nothing.
MATCH (a)-[r:REQUIRES]->(b:Element)
RETURN a.id AS from, r.slot AS slot, coalesce(r.anyOf, false) AS anyOf, b.id AS to
ORDER BY from, slot, to

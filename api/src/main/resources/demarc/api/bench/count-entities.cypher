// count-entities: nodes plus relationships in the graph, the unit of the import rates in BENCHMARKS.md.
// Needs: nothing. Returns entities.
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes + relationships AS entities

// count-graph: nodes and relationships in the graph, apart, to check a baseline store holds what its loader meant
// to write (BENCHMARKS.md). Needs: nothing. Returns nodes, relationships.
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships

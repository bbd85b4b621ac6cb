// id: check/export-nodes
// What: every node of the graph with its labels and all its properties (provenance included: sources, source,
//       importedAt), keyed by its element id, so that a design check can copy the stored inventory into its
//       scratch graph.
// Needs: nothing.
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties
ORDER BY key

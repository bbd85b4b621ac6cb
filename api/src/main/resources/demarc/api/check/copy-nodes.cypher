// id: check/copy-nodes
// What: creates a batch of exported nodes (check/export-nodes) in the scratch graph with their labels and every
//       property, and answers each one's element id there, so that relationships can be attached by element id.
// Needs: $rows (list of {key, labels, properties}).
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.properties
RETURN row.key AS key, elementId(n) AS copy

// id: check/copy-relationships
// What: creates a batch of exported relationships (check/export-relationships) between the copied nodes, found by
//       their element ids in the scratch graph, with their type and every property.
// Needs: $rows (list of {from, to, type, properties}; from and to are element ids in the scratch graph).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS created

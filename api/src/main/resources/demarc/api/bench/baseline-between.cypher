// baseline-between: the benchmark's baseline (BENCHMARKS.md): what a plain loader writes, UNWIND $rows MERGE, one
// statement per label or type, 10,000 rows a transaction. Needs: $rows [{from, to, properties}]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Connection {id: row.from})
MATCH (b:Element {id: row.to})
MERGE (a)-[r:BETWEEN]->(b)
SET r += row.properties

// baseline-manages: the benchmark's baseline (BENCHMARKS.md): what a plain loader writes, UNWIND $rows MERGE, one
// statement per label or type, 10,000 rows a transaction. Needs: $rows [{from, to, properties}]. Returns nothing.
UNWIND $rows AS row
MATCH (a:Element {id: row.from})
MATCH (b:Element {id: row.to})
MERGE (a)-[r:MANAGES]->(b)
SET r += row.properties

// baseline-function: the benchmark's baseline (BENCHMARKS.md): what a plain loader writes, UNWIND $rows MERGE, one
// statement per label or type, 10,000 rows a transaction. Needs: $rows [{id, properties}]. Returns nothing.
UNWIND $rows AS row
MERGE (n:Element {id: row.id})
SET n += row.properties, n:Function

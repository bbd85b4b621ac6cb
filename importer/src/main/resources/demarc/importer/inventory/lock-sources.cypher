// lock-sources: the first statement of every import and removal, in its write transaction: takes Neo4j's write
// lock on the :Source node of each source it writes (merging the node if the source is new; merge-source fills
// it in later in the same transaction). A second import of the same source, from this process or any other
// sharing the database, waits here until the first commits or rolls back, then sweeps against what the first
// wrote: two imports of one source serialize and the graph ends as the later one's document. Setting and removing
// a property takes the lock without changing the node. $sources come sorted, so that two units with sources in
// common take their locks in the same order and cannot deadlock on them.
// Needs: $sources (list of source ids, sorted). Returns nothing.
UNWIND $sources AS source
MERGE (s:Source {id: source})
SET s.locked = true
REMOVE s.locked

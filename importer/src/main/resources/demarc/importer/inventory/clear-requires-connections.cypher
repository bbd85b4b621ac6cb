// clear-requires-connections: first half of refreshing the derived REQUIRES.connection (graph-model.md,
// "Relationships"); set-requires-connections puts back the ones that still hold. Uses the index on
// REQUIRES(connection). Needs: nothing. Returns nothing.
MATCH ()-[r:REQUIRES]->()
WHERE r.connection IS NOT NULL
REMOVE r.connection

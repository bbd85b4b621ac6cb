// clear-requires-connections: first half of refreshing the derived REQUIRES.connection (graph-model.md,
// "Relationships") of the REQUIRES that start at the elements the import touched; set-requires-connections
// puts back the ones that still hold. The touched elements include both ends of every connection the import
// wrote or whose ends it removed, so every REQUIRES whose connection may have changed starts at one of them.
// Needs: $ids (distinct ids). Returns nothing.
UNWIND $ids AS id
MATCH (x:Element {id: id})-[r:REQUIRES]->() USING INDEX SEEK x:Element(id)
WHERE r.connection IS NOT NULL
REMOVE r.connection

// add-default-operators: an element with an owner and no operator is operated by its owner
// (inventory-format.md: operator "defaults to owner"); the relationship copies the owner's provenance.
// Runs over the whole graph at the end of every import, after drop-stale-default-operators.
// Needs: nothing. Returns nothing.
MATCH (e:Element)-[o:OWNED_BY]->(p:Party)
WHERE NOT EXISTS { (e)-[:OPERATED_BY]->() }
CREATE (e)-[:OPERATED_BY {defaulted: true, source: o.source, importedAt: o.importedAt}]->(p)

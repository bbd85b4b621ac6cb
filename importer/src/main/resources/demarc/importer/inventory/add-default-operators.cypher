// add-default-operators: an element with an owner and no operator is operated by its owner
// (inventory-format.md: operator "defaults to owner"); the relationship copies the owner's provenance.
// Runs at the end of every import, after drop-stale-default-operators, over the elements the import touched
// (InventoryWriter: those the documents define and the ends of every relationship it deleted): no other
// element's owner or operator changed. Needs: $ids (distinct ids; those of other nodes match nothing).
// Returns nothing.
UNWIND $ids AS id
MATCH (e:Element {id: id})-[o:OWNED_BY]->(p:Party) USING INDEX SEEK e:Element(id)
WHERE NOT EXISTS { (e)-[:OPERATED_BY]->() }
CREATE (e)-[:OPERATED_BY {defaulted: true, source: o.source, importedAt: o.importedAt}]->(p)

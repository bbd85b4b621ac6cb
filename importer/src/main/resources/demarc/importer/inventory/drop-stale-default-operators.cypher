// drop-stale-default-operators: a defaulted OPERATED_BY stands for the owner (graph-model.md,
// "Relationships"); it goes when a stated operator exists or it no longer copies the element's OWNED_BY
// (target, source and importedAt). Runs at the end of every import over the elements the import touched (see
// add-default-operators); the owner is read from the element's side, since a party may have a million
// relationships. Needs: $ids (distinct ids). Returns nothing.
UNWIND $ids AS id
MATCH (e:Element {id: id})-[d:OPERATED_BY {defaulted: true}]->(p:Party) USING INDEX SEEK e:Element(id)
WITH e, d, [p.id, d.source, d.importedAt] AS copied
WHERE EXISTS { (e)-[:OPERATED_BY {defaulted: false}]->() }
   OR NOT copied IN [(e)-[o:OWNED_BY]->(owner) | [owner.id, o.source, o.importedAt]]
DELETE d

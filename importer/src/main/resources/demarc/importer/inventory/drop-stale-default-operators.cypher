// drop-stale-default-operators: a defaulted OPERATED_BY stands for the owner (graph-model.md,
// "Relationships"); it goes when a stated operator exists or it no longer copies the element's OWNED_BY
// (target, source and importedAt). Runs over the whole graph at the end of every import; the owner is read
// from the element's side, since a party may have a million relationships. Needs: nothing. Returns nothing.
MATCH (e:Element)-[d:OPERATED_BY {defaulted: true}]->(p:Party)
WITH e, d, [p.id, d.source, d.importedAt] AS copied
WHERE EXISTS { (e)-[:OPERATED_BY {defaulted: false}]->() }
   OR NOT copied IN [(e)-[o:OWNED_BY]->(owner) | [owner.id, o.source, o.importedAt]]
DELETE d

// drop-stale-default-operators: a defaulted OPERATED_BY stands for the owner (graph-model.md,
// "Relationships"); it goes when an explicit operator exists or it no longer matches the OWNED_BY it copies
// (target, source and importedAt). Runs over the whole graph at the end of every import.
// Needs: nothing. Returns nothing.
MATCH (e:Element)-[d:OPERATED_BY {defaulted: true}]->(p:Party)
WHERE EXISTS { (e)-[:OPERATED_BY {defaulted: false}]->() }
   OR NOT EXISTS { (e)-[o:OWNED_BY]->(p) WHERE o.source = d.source AND o.importedAt = d.importedAt }
DELETE d

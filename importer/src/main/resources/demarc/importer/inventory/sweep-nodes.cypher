// sweep-nodes: graph-model.md "Provenance" steps 1 and 4 for nodes: the importing source no longer defines
// the nodes this import did not write (importedAt is not this import's); a node no source defines any more is
// deleted, with whatever relationships still touch it; those other sources stated are returned for the report.
// Needs: $source, $importedAt. Returns id, label and lost [{type, other, source, outgoing}] per deleted node.
// Finding a source's nodes scans the four labels: a list property cannot be indexed for membership.
MATCH (n:Party|Service|Element|Connection)
WHERE $source IN n.sources AND n.importedAt <> $importedAt
SET n.sources = [s IN n.sources WHERE s <> $source]
WITH n
WHERE n.sources = []
WITH n, n.id AS id,
     [label IN labels(n) WHERE label IN ['Party', 'Service', 'Function', 'Resource', 'Connection']][0] AS label,
     [(n)-[r]-(other) WHERE r.source <> $source |
       {type: type(r), other: other.id, source: r.source, outgoing: startNode(r) = n}] AS lost
DETACH DELETE n
RETURN id, label, lost

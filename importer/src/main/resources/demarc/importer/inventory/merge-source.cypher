// merge-source: the :Source node of an imported document (docs/graph-model.md, "Nodes"); an absent asOf
// removes an earlier one. Needs: $source, $asOf (date or null), $file, $hash (SHA-256, hex), $importedAt.
MERGE (s:Source {id: $source})
SET s.asOf = $asOf,
    s.file = $file,
    s.hash = $hash,
    s.importedAt = $importedAt

// delete-source: removes the :Source node of a source whose facts were all swept (InventoryImporter.removeSource).
// Needs: $source. Returns removed (0 or 1).
MATCH (s:Source {id: $source}) USING INDEX SEEK s:Source(id)
DELETE s
RETURN count(s) AS removed

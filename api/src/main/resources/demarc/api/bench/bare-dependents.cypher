// bare-dependents: the lower bound of a what-if (BENCHMARKS.md): everything that requires $id, directly or
// not, ignoring anyOf. Needs: $id. Returns dependents.
MATCH (:Element {id: $id})<-[:REQUIRES*1..12]-(x)
RETURN count(DISTINCT x) AS dependents

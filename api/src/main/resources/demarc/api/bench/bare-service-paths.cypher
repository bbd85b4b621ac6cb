// bare-service-paths: the lower bound of the duty sweep (BENCHMARKS.md): every REQUIRES path from every
// service, with no rule applied. Needs: nothing. Returns paths, elements.
MATCH (s:Service)-[:REQUIRES*1..12]->(e:Element)
RETURN count(*) AS paths, count(DISTINCT e) AS elements

// id: walk/walk-edges
// What: every step the "used for" walk may take (rules.md, "Used for service S"), pointing the way the walk goes:
// REQUIRES forward unless a declared connection joins its ends, and MANAGES backward (from the managed element to
// its manager). The walk itself runs in memory (UsageGraph): Neo4j 5.26 cannot keep a per-type direction inside
// one quantified path pattern without enumerating every path, which explodes on shared hosts.
// Needs: nothing.
MATCH (a)-[r:REQUIRES]->(b:Element)
WHERE r.connection IS NULL
RETURN a.id AS from, b.id AS to, CASE WHEN coalesce(r.anyOf, false) THEN 'any-of' ELSE 'requires' END AS via
UNION ALL
MATCH (m:Element)-[:MANAGES]->(e:Element)
RETURN e.id AS from, m.id AS to, 'managed-by' AS via

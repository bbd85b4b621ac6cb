// id: chain/chain-below
// What: the nodes of the dependency tree below a service or element: everything its walk reaches (REQUIRES
// forward, MANAGES backward, any mix, not across a declared connection: rules.md "Used for service S") plus the far
// ends of declared connections, shown but not expanded. Per node: owner (a service's provider), operator, roles
// (a resource other than a line also those of what requires it), countries (its own, else those of the nearest
// elements with a country that it requires, not across a declared connection),
// and, for expanded nodes, their REQUIRES relationships and managers.
// The walk itself runs in memory (UsageGraph) and arrives as $reached, the ids it reaches.
// Needs: $id (service or element id), $reached (ids), $nonInheritingKinds (resource kinds that keep only their declared roles).
CALL {
    MATCH (s:Service {id: $id}) RETURN s AS root
    UNION
    MATCH (e:Element {id: $id}) RETURN e AS root
}
WITH root, [root] + COLLECT { MATCH (n:Element) WHERE n.id IN $reached AND n <> root RETURN n } AS reached
WITH root, reached, COLLECT {
        UNWIND reached AS m
        MATCH (m)-[r:REQUIRES]->(far)
        WHERE r.connection IS NOT NULL AND NOT far IN reached
        RETURN DISTINCT far
    } AS farEnds
UNWIND reached + farEnds AS n
OPTIONAL MATCH (n)-[:OWNED_BY|PROVIDED_BY]->(owner:Party)
OPTIONAL MATCH (n)-[:OPERATED_BY]->(operator:Party)
WITH root, n, owner, operator, n IN reached AS expanded, coalesce(n.roles, []) AS declaredRoles
RETURN root.id AS root, root:Service AS rootIsService, n.id AS id, n.name AS name,
       CASE WHEN n:Service THEN 'service' WHEN n:Function THEN 'function' ELSE 'resource' END AS type,
       owner.id AS owner, operator.id AS operator, expanded,
       CASE WHEN n:Service OR n:Function OR n.kind IN $nonInheritingKinds THEN declaredRoles
            ELSE declaredRoles + COLLECT {
                MATCH (x:Element)-[:REQUIRES*1..]->(n)
                UNWIND coalesce(x.roles, []) AS role
                WITH DISTINCT role WHERE NOT role IN declaredRoles
                RETURN role ORDER BY role
            } END AS roles,
       CASE WHEN n.country IS NOT NULL THEN [n.country] ELSE COLLECT {
                MATCH (n)((x)-[hop:REQUIRES]->(y) WHERE y.country IS NULL AND hop.connection IS NULL)*(z)
                      -[last:REQUIRES]->(host:Element)
                WHERE host.country IS NOT NULL AND last.connection IS NULL
                RETURN DISTINCT host.country AS country ORDER BY country
            } END AS countries,
       CASE WHEN expanded THEN COLLECT {
                MATCH (n)-[r:REQUIRES]->(x)
                RETURN {id: x.id, slot: r.slot, anyOf: coalesce(r.anyOf, false), connection: r.connection}
                ORDER BY r.slot, x.id
            } ELSE [] END AS requires,
       CASE WHEN expanded THEN COLLECT {
                MATCH (x:Element)-[:MANAGES]->(n) RETURN x.id AS manager ORDER BY manager
            } ELSE [] END AS managers
ORDER BY id

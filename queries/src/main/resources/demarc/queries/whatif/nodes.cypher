// id: whatif/nodes
// What: for each id, the service (class, users, emergency calls, prefectures, provider and its users) or the
//       element (kind, declared roles, owner) it names; both null when the graph holds no such id.
// Needs: $ids (list of service or element ids).
UNWIND $ids AS id
OPTIONAL MATCH (s:Service {id: id})
OPTIONAL MATCH (s)-[:PROVIDED_BY]->(provider:Party)
OPTIONAL MATCH (e:Element {id: id})
OPTIONAL MATCH (e)-[:OWNED_BY]->(owner:Party)
RETURN id,
       s IS NOT NULL AS isService,
       e IS NOT NULL AS isElement,
       s.class AS serviceClass,
       s.users AS users,
       coalesce(s.emergencyCalls, false) AS emergencyCalls,
       s.prefectures AS prefectures,
       provider.id AS provider,
       provider.users AS providerUsers,
       e.kind AS kind,
       coalesce(e.roles, []) AS roles,
       owner.id AS owner

// id: duty/element-inheritance
// What: per element, what duties.cypher needs from the elements above it (rules.md, "Duty to keep facilities
// conforming"), computed once per element instead of once per (service, element) decision:
//  - inherited: a resource other than a line inherits the declared roles of every element that requires it,
//    transitively; per role it does not declare itself, sorted by role: how many elements above have it and the
//    first $examples of their ids (a zone inherits from hundreds: the reasons name a few, not every one);
//  - ownLineOrSwitchHosts: for a resource, the elements of its own owner with a line or switch role that require
//    it (which make it part of that owner's own line or switch when the owner is the carrier deciding).
// Functions keep their declared roles and are never hosts' resources: both lists are empty for them.
// The elements above are walked once, from f (a pruning breadth-first expand), and sorted in memory afterwards:
// an ORDER BY on the walked nodes themselves lets the planner start from an ordered scan of every element.
// Needs: $elements (element ids), $nonInheritingKinds, $lineOrSwitchRoles, $examples.
UNWIND $elements AS id
MATCH (f:Element {id: id})
OPTIONAL MATCH (f:Resource)-[:OWNED_BY]->(owner:Party)
CALL {
  WITH f, owner
  WITH f, owner WHERE f:Resource
  MATCH (f)<-[:REQUIRES*1..]-(x:Element)
  WITH DISTINCT f, owner, x
  RETURN collect({id: x.id, roles: coalesce(x.roles, []),
                  ownLineOrSwitch: owner IS NOT NULL AND (x)-[:OWNED_BY]->(owner)
                                   AND any(role IN coalesce(x.roles, []) WHERE role IN $lineOrSwitchRoles)}) AS above
}
CALL {
  WITH f, above
  WITH f, above WHERE NOT coalesce(f.kind IN $nonInheritingKinds, false)
  UNWIND above AS x
  UNWIND x.roles AS role
  WITH f, role, x WHERE NOT role IN coalesce(f.roles, [])
  WITH role, x.id AS from ORDER BY role, from
  WITH role, collect(from) AS froms
  WITH role, froms ORDER BY role
  RETURN collect({role: role, from: froms[0..$examples], count: size(froms)}) AS inherited
}
CALL {
  WITH above
  UNWIND above AS x
  WITH x WHERE x.ownLineOrSwitch
  WITH x.id AS host ORDER BY host
  RETURN collect(host) AS ownLineOrSwitchHosts
}
RETURN f.id AS element, inherited, ownLineOrSwitchHosts

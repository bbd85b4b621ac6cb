// id: duty/duties
// Legal basis: 電気通信事業法41条1項・4項・5項; 施行規則27条の2 二・三, 27条の2の2② (rules.md, "Duty to keep
// facilities conforming"). One row per (carrier C, service S of C, element F used for S) with the decision.
// "Used for S" (REQUIRES forward, not across a declared connection, and MANAGES backward, any mix) is walked by
// UsageGraph and arrives as $uses: [{service, element}] (the paths stay with the caller). What each element takes
// from the elements above it comes from element-inheritance.cypher as $above (map: element id -> {inherited,
// ownLineOrSwitchHosts}). Regime data: $dutyCategories, $largeImpactDesignation, $paidUsersThreshold,
// $mobileVoiceNumbersDesignate, $item2Classes, $lineOrSwitchRoles, $coreRoles, $itemThreeApplies,
// $nonInheritingKinds, $extensionClasses, $extensionInsufficientRoles,
// $critical (map: service id -> ids of the elements critical for it).
UNWIND $uses AS use
MATCH (s:Service {id: use.service})-[:PROVIDED_BY]->(c:Party {type: 'carrier'})
MATCH (f:Element {id: use.element})
OPTIONAL MATCH (f)-[:OWNED_BY]->(owner:Party)
OPTIONAL MATCH (f)-[:OPERATED_BY]->(operator:Party)
WITH c, s, f, owner, operator, coalesce(f.roles, []) AS declaredRoles,
     coalesce(f:Function OR f.kind IN $nonInheritingKinds, false) AS keepsDeclaredRoles,
     (owner IS NOT NULL AND owner = c) AS ownedByCarrier
// A resource other than a line inherits the declared roles of every element that requires it, transitively.
WITH *, $above[f.id] AS above
WITH *, CASE WHEN keepsDeclaredRoles THEN [] ELSE coalesce(above.inherited, []) END AS inherited
WITH *, reduce(acc = declaredRoles, i IN inherited | CASE WHEN i.role IN acc THEN acc ELSE acc + i.role END)
        AS effectiveRoles,
     // Own line or switch: C's element with a line/switch role, or C's resource that such an element of C requires.
     ownedByCarrier AND any(role IN declaredRoles WHERE role IN $lineOrSwitchRoles) AS ownLineOrSwitchItself,
     CASE WHEN ownedByCarrier AND f:Resource THEN coalesce(above.ownLineOrSwitchHosts, []) ELSE [] END AS ownLineOrSwitchHosts,
     coalesce(c.category IN $dutyCategories, false) AS lineInstalling,
     ((coalesce(s.paid, false) AND coalesce(s.users, 0) >= $paidUsersThreshold)
        OR ($mobileVoiceNumbersDesignate AND coalesce(s.mobileVoiceNumbers, false))) AS designatedService
WITH *, ownLineOrSwitchItself OR size(ownLineOrSwitchHosts) > 0 AS ownLineOrSwitch,
     ($largeImpactDesignation IN coalesce(c.designations, []) AND designatedService) AS largeImpact,
     coalesce(s.class IN $item2Classes, false) AS item2Listed,
     [role IN effectiveRoles WHERE role IN $coreRoles] AS coreRoles,
     coalesce(s.class IN $extensionClasses, false) AS extensionClass,
     f.id IN coalesce($critical[s.id], []) AS critical,
     [role IN effectiveRoles WHERE NOT role IN $extensionInsufficientRoles] AS extensionRoles
WITH *, lineInstalling OR largeImpact AS dutyApplies,
     item2Listed OR designatedService AS item2,
     NOT $itemThreeApplies OR size(coreRoles) > 0 AS item3,
     NOT ownedByCarrier AND extensionClass AND critical AND size(extensionRoles) > 0 AS extension
// The first rule that decides, in the order of rules.md (1 category, 2 own line or switch, 3 items 二・三).
WITH *, CASE WHEN NOT dutyApplies THEN 'category'
             WHEN ownLineOrSwitch THEN 'own-line-or-switch'
             WHEN item2 AND item3 THEN 'item-2-3'
             WHEN extension THEN 'data-critical'
             ELSE 'item-2-3' END AS ruleKey
RETURN c.id AS carrier, c.category AS category, coalesce(c.designations, []) AS designations,
       s.id AS service, s.class AS serviceClass, s.paid AS paid, s.users AS users,
       coalesce(s.mobileVoiceNumbers, false) AS mobileVoiceNumbers,
       f.id AS element, f.kind AS elementKind, f:Function AS isFunction,
       owner.id AS owner, owner.type AS ownerType, operator.id AS operator,
       declaredRoles, keepsDeclaredRoles, inherited, effectiveRoles, NOT ownedByCarrier AS thirdParty,
       ownLineOrSwitchHosts, ownLineOrSwitch, lineInstalling, designatedService, largeImpact, item2Listed, item2,
       coreRoles, item3, extensionClass, critical, extensionRoles, extension, ruleKey,
       CASE WHEN ruleKey = 'category' THEN 'not-applicable'
            WHEN ownLineOrSwitch OR (item2 AND item3) OR extension THEN 'in-scope'
            ELSE 'exempt' END AS status,
       CASE WHEN dutyApplies AND NOT ownLineOrSwitch AND NOT (item2 AND item3) AND NOT extension
            THEN [x IN [CASE WHEN NOT item2 THEN 'item-2' END, CASE WHEN NOT item3 THEN 'item-3' END]
                  WHERE x IS NOT NULL]
            ELSE [] END AS exemptions
ORDER BY carrier, service, element

// id: exposure/user-info
// Legal basis: 電気通信事業法27条の8; 施行規則22条の2の23 (what the handling policy publishes about facilities abroad).
// What: of the elements $ids (those used for a carrier's services), the ones that hold user information, with their
// own country, their owner, their stated operator (a defaulted one is the owner again) and every party with
// access to them (HAS_ACCESS, with its kind and the country the access is from).
// Needs: $ids (element ids).
MATCH (e:Element)
WHERE e.id IN $ids AND coalesce(e.holdsUserInfo, false)
OPTIONAL MATCH (e)-[:OWNED_BY]->(owner:Party)
OPTIONAL MATCH (e)-[operated:OPERATED_BY]->(operator:Party)
WHERE NOT coalesce(operated.defaulted, false)
RETURN e.id AS element, e.kind AS kind, e.country AS country,
       CASE WHEN owner IS NULL THEN null
            ELSE {id: owner.id, name: owner.name, type: owner.type, country: owner.country} END AS owner,
       CASE WHEN operator IS NULL THEN null
            ELSE {id: operator.id, name: operator.name, type: operator.type, country: operator.country} END
           AS operator,
       COLLECT {
           MATCH (p:Party)-[a:HAS_ACCESS]->(e)
           RETURN {id: p.id, name: p.name, type: p.type, country: p.country, kind: a.kind,
                   accessCountry: a.country} AS access
           ORDER BY p.id, a.kind, a.country
       } AS access
ORDER BY element

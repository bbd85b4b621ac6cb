// id: exposure/carriers
// Legal basis: 電気通信事業法27条の5 (designation of carriers handling specified user information).
// What: the carriers the exposure report covers: one carrier when $carrier names it (designated or not), else every
// carrier when $all, else the carriers designated $designation; each with whether it is designated.
// Needs: $carrier (id or null), $all (boolean), $designation (the regime's designation word).
MATCH (c:Party {type: 'carrier'})
WHERE ($carrier IS NULL OR c.id = $carrier)
  AND ($carrier IS NOT NULL OR $all OR $designation IN coalesce(c.designations, []))
RETURN c.id AS carrier, c.name AS name, $designation IN coalesce(c.designations, []) AS designated
ORDER BY carrier

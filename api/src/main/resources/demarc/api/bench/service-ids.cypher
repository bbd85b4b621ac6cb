// service-ids: the services of the store, the population the explanations are sampled from. Needs: nothing.
MATCH (s:Service)
RETURN s.id AS id
ORDER BY id

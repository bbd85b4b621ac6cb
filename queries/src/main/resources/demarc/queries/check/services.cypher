// id: check/services
// What: the id of every service in the graph, sorted: the services a design check evaluates.
// Needs: nothing.
MATCH (s:Service)
RETURN s.id AS service
ORDER BY service

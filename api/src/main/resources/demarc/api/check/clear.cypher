// id: check/clear
// What: deletes a batch of nodes and their relationships from the scratch graph (never the stored one); run until
//       it deletes nothing, so a large graph is cleared in bounded transactions. Constraints and indexes stay.
// Needs: $batch (how many nodes per transaction).
MATCH (n)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted

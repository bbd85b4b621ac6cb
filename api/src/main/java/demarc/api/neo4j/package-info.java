/** Where the graph lives: the embedded Neo4j or an external server, and the importer and query beans on its driver. */
package demarc.api.neo4j;

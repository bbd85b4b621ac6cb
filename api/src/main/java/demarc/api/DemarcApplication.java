package demarc.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The demarc Spring application: the graph connection ({@code demarc.api.neo4j}), the importer and decision
 * queries as beans, and the REST API under {@code /api/v1}. Started by the CLI, web or not.
 */
@SpringBootApplication
public class DemarcApplication {
}

package demarc.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * The demarc Spring application: the graph connection ({@code demarc.api.neo4j}), the importer and decision
 * queries as beans, and the REST API under {@code /api/v1}. Started by the CLI, web or not.
 */
@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "demarc", version = "v1",
        description = "Technical-standard duties (電気通信事業法 41条) and demarcation points (分界点) of a telecom "
                + "inventory held in Neo4j."))
public class DemarcApplication {
}

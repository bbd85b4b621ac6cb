package demarc.queries.failure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

import demarc.queries.cypher.CypherResource;

/** Reads the requires sub-DAG below services, the input of {@link FailurePropagation}. */
public final class RequiresGraphQuery {

    private static final String BELOW_SERVICES = CypherResource.load(RequiresGraphQuery.class,
            "requires-below-services.cypher");

    private RequiresGraphQuery() {
    }

    /**
     * Per service (provided by {@code carrierOrNull}, with id {@code serviceOrNull}, of one of
     * {@code serviceClasses}), the REQUIRES relationships below it, read in the caller's transaction; services
     * without any are absent.
     */
    public static Map<String, List<RequiresEdge>> belowServices(TransactionContext tx, String carrierOrNull,
                                                                String serviceOrNull,
                                                                Collection<String> serviceClasses) {
        return belowServices(tx, parameters(carrierOrNull, serviceOrNull, serviceClasses));
    }

    private static Map<String, Object> parameters(String carrierOrNull, String serviceOrNull,
                                                  Collection<String> serviceClasses) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("carrier", carrierOrNull);
        parameters.put("service", serviceOrNull);
        parameters.put("serviceClasses", List.copyOf(serviceClasses));
        return parameters;
    }

    private static Map<String, List<RequiresEdge>> belowServices(TransactionContext tx, Map<String, Object> parameters) {
        Map<String, List<RequiresEdge>> result = new LinkedHashMap<>();
        int unslotted = 0;
        for (var row : tx.run(BELOW_SERVICES, parameters).list()) {
            // A relationship without a slot is read as an entry of its own (never merged into another).
            int slot = row.get("slot").isNull() ? --unslotted : row.get("slot").asInt();
            result.computeIfAbsent(row.get("service").asString(), k -> new ArrayList<>())
                    .add(new RequiresEdge(row.get("from").asString(), slot,
                            row.get("anyOf").asBoolean(), row.get("to").asString()));
        }
        return result;
    }
}

package demarc.queries.lookup;

import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import demarc.model.decision.PartyRef;
import demarc.model.gate.GraphGate;
import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;

/** One party, service or element as the graph holds it, with its provenance. */
public final class LookupQuery {

    private static final String ELEMENT = CypherResource.load(LookupQuery.class, "element.cypher");
    private static final String SERVICE = CypherResource.load(LookupQuery.class, "service.cypher");
    private static final String PARTY = CypherResource.load(LookupQuery.class, "party.cypher");
    private static final Set<String> PROVENANCE = Set.of("sources", "source", "importedAt");

    private final Driver driver;
    private final String database;
    private final GraphGate gate;

    public LookupQuery(Driver driver, String database, GraphGate gate) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
    }

    public Optional<ElementView> element(String id) {
        return single(ELEMENT, id).map(row -> new ElementView(
                id,
                row.get("type").asString(),
                properties(row.get("properties")),
                party(row.get("owner")),
                party(row.get("operator")),
                row.get("operatorDefaulted").asBoolean(),
                requirements(row.get("requires")),
                strings(row.get("manages")),
                strings(row.get("managedBy")),
                strings(row.get("requiredBy")),
                strings(row.get("sites")),
                provenance(row.get("properties"))));
    }

    public Optional<ServiceView> service(String id) {
        return single(SERVICE, id).map(row -> new ServiceView(
                id,
                properties(row.get("properties")),
                party(row.get("provider")),
                requirements(row.get("requires")),
                provenance(row.get("properties"))));
    }

    public Optional<PartyView> party(String id) {
        return single(PARTY, id).map(row -> new PartyView(
                id,
                properties(row.get("properties")),
                strings(row.get("services")),
                strings(row.get("owns")),
                strings(row.get("operates")),
                row.get("access").asList(a -> new AccessGrant(a.get("element").asString(),
                        a.get("kind").asString(null), a.get("country").asString(null))),
                provenance(row.get("properties"))));
    }

    private Optional<Record> single(String query, String id) {
        return gate.read(() -> {
            try (var session = driver.session(ReadSessions.config(database))) {
                return session.executeRead(tx -> tx.run(query, Map.of("id", id)).list()).stream().findFirst();
            }
        });
    }

    /** Every property but provenance, sorted by name, as plain Java values. */
    private static Map<String, Object> properties(Value node) {
        Map<String, Object> result = new TreeMap<>();
        node.asMap(v -> v.asObject()).forEach((key, value) -> {
            if (!PROVENANCE.contains(key)) {
                result.put(key, value);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    private static Provenance provenance(Value node) {
        Value importedAt = node.get("importedAt");
        ZonedDateTime when = null;
        if (importedAt.hasType(TypeSystem.getDefault().DATE_TIME())) {
            when = importedAt.asZonedDateTime();
        } else if (importedAt.hasType(TypeSystem.getDefault().STRING())) {
            try {
                when = ZonedDateTime.parse(importedAt.asString());
            } catch (DateTimeParseException e) {
                // An unreadable timestamp is shown as absent rather than failing the whole lookup.
                when = null;
            }
        }
        return new Provenance(node.get("sources").isNull() ? List.of() : strings(node.get("sources")),
                node.get("source").asString(null), when);
    }

    private static List<Requirement> requirements(Value list) {
        return list.asList(r -> new Requirement(r.get("id").asString(),
                r.get("slot").isNull() ? null : r.get("slot").asInt(), r.get("anyOf").asBoolean(),
                r.get("connection").asString(null)));
    }

    private static PartyRef party(Value value) {
        return value.isNull() ? null : new PartyRef(value.get("id").asString(), value.get("name").asString(null),
                value.get("type").asString(null), value.get("country").asString(null));
    }

    private static List<String> strings(Value list) {
        return list.asList(Value::asString);
    }
}

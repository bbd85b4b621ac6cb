package demarc.api.bench.sdn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jTemplate;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.yaml.snakeyaml.Yaml;

import demarc.api.generate.NetworkGenerator;
import demarc.importer.cypher.CypherResource;

/**
 * The {@code saveAll} baseline of the benchmark (BENCHMARKS.md): what a typical Spring Data Neo4j user writes to
 * load the generated documents. Each document is read into {@code @Node} entities that refer to each other (a
 * reference to an id of an earlier document is the entity read then), and saved per type, parties, resources,
 * functions, services, connections, in {@code saveAll} calls of {@value #BATCH} entities, each call its own
 * transaction: exactly what {@code SimpleNeo4jRepository.saveAll} does, which hands the list to
 * {@link Neo4jTemplate#saveAll} inside {@code @Transactional}. Spring Data Neo4j cascades each save into the
 * entities it refers to, as it does for any user.
 *
 * <p>The entities and their mapping context are this loader's own, over the benchmark's driver: the application
 * maps no entities ({@code GraphConfiguration} gives Spring Data Neo4j an empty set of managed types).
 */
public final class SaveAllLoader {

    /** Entities per {@code saveAll} call: the batch size a typical user picks. */
    public static final int BATCH = 1_000;

    private final List<List<?>> batches = new ArrayList<>();
    private final Map<String, PartyEntity> parties = new LinkedHashMap<>();
    private final Map<String, ElementEntity> elements = new LinkedHashMap<>();
    private long nodes;
    private long relationships;

    /**
     * What a load did: the {@code saveAll} calls made, whether it saved every document, and the message of the
     * error that stopped it (null when none did).
     */
    public record Outcome(int calls, boolean complete, String failure) {
    }

    public SaveAllLoader(List<NetworkGenerator.Document> documents) {
        Yaml yaml = new Yaml();
        for (NetworkGenerator.Document document : documents) {
            batches.addAll(read(document, yaml.load(document.text())));
        }
    }

    /** Nodes the load is meant to write. */
    public long intendedNodes() {
        return nodes;
    }

    /** Relationships the load is meant to write. */
    public long intendedRelationships() {
        return relationships;
    }

    /**
     * Saves the documents in order into the graph behind {@code driver}, after the unique ids of
     * {@code saveall-schema.cypher}, until {@code deadlineNanos} ({@link System#nanoTime()}). The deadline is hard: a
     * {@code saveAll} call still running then is abandoned (its transaction never commits; the caller closes the
     * store under it), since at 100,000 elements one call of cascading saves ran for more than ten minutes.
     */
    public Outcome load(Driver driver, long deadlineNanos) {
        try (var session = driver.session()) {
            for (String statement : CypherResource.statements(SaveAllLoader.class, "saveall-schema.cypher")) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
        }
        Neo4jMappingContext mapping = new Neo4jMappingContext();
        // in a fixed order: Set.of iterates in an order that changes from one JVM to the next
        mapping.setInitialEntitySet(new LinkedHashSet<>(List.of(PartyEntity.class, ServiceEntity.class,
                ElementEntity.class, FunctionEntity.class, ResourceEntity.class, ConnectionEntity.class)));
        mapping.initialize();
        Neo4jTemplate template = new Neo4jTemplate(Neo4jClient.create(driver), mapping,
                new Neo4jTransactionManager(driver));
        ExecutorService caller = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "saveAll baseline");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int calls = 0;
            for (List<?> batch : batches) {
                Future<?> call = caller.submit(() -> template.saveAll(batch));
                try {
                    call.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    call.cancel(true);
                    return new Outcome(calls, false, null);
                } catch (ExecutionException e) {
                    // a baseline that breaks is a finding to report, not a reason to lose the other measurements
                    Throwable cause = e.getCause();
                    return new Outcome(calls, false, cause.getClass().getSimpleName() + ": " + cause.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Outcome(calls, false, "interrupted");
                }
                calls++;
            }
            return new Outcome(calls, true, null);
        } finally {
            caller.shutdownNow();
        }
    }

    /** One document's entities, as {@code saveAll} batches in the order they are saved. */
    private List<List<?>> read(NetworkGenerator.Document document, Map<String, Object> tree) {
        Map<String, PartyEntity> changedParties = new LinkedHashMap<>();
        for (Map<String, Object> entry : entries(tree, "parties")) {
            PartyEntity party = new PartyEntity(string(entry, "id"));
            party.name = string(entry, "name");
            party.country = string(entry, "country");
            party.type = string(entry, "type");
            parties.put(party.id, party);
            changedParties.put(party.id, party);
            nodes++;
        }
        List<ResourceEntity> resources = new ArrayList<>();
        for (Map<String, Object> entry : entries(tree, "resources")) {
            resources.add(element(new ResourceEntity(string(entry, "id")), entry));
        }
        List<FunctionEntity> functions = new ArrayList<>();
        for (Map<String, Object> entry : entries(tree, "functions")) {
            functions.add(element(new FunctionEntity(string(entry, "id")), entry));
        }
        // the references among this document's elements, once all of them exist
        for (Map<String, Object> entry : entries(tree, "resources")) {
            link(elements.get(string(entry, "id")), entry, document);
        }
        for (Map<String, Object> entry : entries(tree, "functions")) {
            link(elements.get(string(entry, "id")), entry, document);
        }
        List<ServiceEntity> services = new ArrayList<>();
        for (Map<String, Object> entry : entries(tree, "services")) {
            ServiceEntity service = new ServiceEntity(string(entry, "id"));
            service.serviceClass = string(entry, "class");
            service.users = entry.get("users") == null ? null : ((Number) entry.get("users")).longValue();
            service.paid = (Boolean) entry.get("paid");
            service.emergencyCalls = (Boolean) entry.get("emergencyCalls");
            service.mobileVoiceNumbers = (Boolean) entry.get("mobileVoiceNumbers");
            service.prefectures = (Integer) entry.get("prefectures");
            service.provider = party(entry.get("provider"), document);
            service.requires = requirements(entry, document);
            services.add(service);
            nodes++;
            relationships += 1 + service.requires.size();
        }
        List<ConnectionEntity> connections = new ArrayList<>();
        for (Map<String, Object> entry : entries(tree, "connections")) {
            ConnectionEntity connection = new ConnectionEntity(string(entry, "id"));
            connection.kind = string(entry, "kind");
            List<?> between = (List<?>) entry.get("between");
            for (int end = 0; end < between.size(); end++) {
                connection.between.add(new ConnectionEnd(end, element(between.get(end), document)));
            }
            connections.add(connection);
            nodes++;
            relationships += connection.between.size();
        }
        for (Map<String, Object> entry : entries(tree, "access")) {
            PartyEntity party = party(entry.get("party"), document);
            for (Object to : (List<?>) entry.get("to")) {
                party.access.add(new Access(string(entry, "kind"), string(entry, "country"), element(to, document)));
                relationships++;
            }
            changedParties.put(party.id, party);
        }
        List<List<?>> batches = new ArrayList<>();
        batches.addAll(batches(new ArrayList<>(changedParties.values())));
        batches.addAll(batches(resources));
        batches.addAll(batches(functions));
        batches.addAll(batches(services));
        batches.addAll(batches(connections));
        return batches;
    }

    private <E extends ElementEntity> E element(E element, Map<String, Object> entry) {
        element.kind = string(entry, "kind");
        element.roles = entry.get("roles") == null ? null
                : ((List<?>) entry.get("roles")).stream().map(String::valueOf).toList();
        element.country = string(entry, "country");
        element.prefecture = string(entry, "prefecture");
        element.holdsUserInfo = (Boolean) entry.get("holdsUserInfo");
        elements.put(element.id, element);
        nodes++;
        return element;
    }

    private void link(ElementEntity element, Map<String, Object> entry, NetworkGenerator.Document document) {
        element.owner = party(entry.get("owner"), document);
        relationships++;
        if (entry.get("operator") != null) {
            element.operator = party(entry.get("operator"), document);
            relationships++;
        }
        if (entry.get("site") != null) {
            element.site = element(entry.get("site"), document);
            relationships++;
        }
        element.requires = requirements(entry, document);
        relationships += element.requires.size();
        if (entry.get("manages") instanceof List<?> manages) {
            manages.forEach(target -> element.manages.add(element(target, document)));
            relationships += manages.size();
        }
    }

    private List<Requirement> requirements(Map<String, Object> entry, NetworkGenerator.Document document) {
        List<Requirement> requirements = new ArrayList<>();
        if (!(entry.get("requires") instanceof List<?> requires)) {
            return requirements;
        }
        for (int slot = 0; slot < requires.size(); slot++) {
            if (requires.get(slot) instanceof Map<?, ?> anyOf) {
                for (Object member : (List<?>) anyOf.get("anyOf")) {
                    requirements.add(new Requirement(slot, true, element(member, document)));
                }
            } else {
                requirements.add(new Requirement(slot, false, element(requires.get(slot), document)));
            }
        }
        return requirements;
    }

    private PartyEntity party(Object id, NetworkGenerator.Document document) {
        return known(parties, id, "party", document);
    }

    private ElementEntity element(Object id, NetworkGenerator.Document document) {
        return known(elements, id, "element", document);
    }

    private static <T> T known(Map<String, T> entities, Object id, String what, NetworkGenerator.Document document) {
        T entity = entities.get(String.valueOf(id));
        if (entity == null) {
            throw new IllegalStateException("the generated " + document.fileName() + " refers to " + what + " " + id
                    + ", which no document defines before it");
        }
        return entity;
    }

    private static List<List<?>> batches(List<?> entities) {
        List<List<?>> batches = new ArrayList<>();
        for (int start = 0; start < entities.size(); start += BATCH) {
            batches.add(entities.subList(start, Math.min(entities.size(), start + BATCH)));
        }
        return batches;
    }

    private static String string(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> tree, String list) {
        Object entries = tree.get(list);
        return entries == null ? List.of() : (List<Map<String, Object>>) entries;
    }
}

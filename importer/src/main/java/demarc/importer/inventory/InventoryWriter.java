package demarc.importer.inventory;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import demarc.importer.cypher.CypherResource;
import demarc.importer.inventory.Inventory.Access;
import demarc.importer.inventory.Inventory.Connection;
import demarc.importer.inventory.Inventory.Element;
import demarc.importer.inventory.Inventory.Entry;
import demarc.importer.inventory.Inventory.EntryKind;
import demarc.importer.inventory.Inventory.Ref;
import demarc.importer.inventory.Inventory.Requirement;
import demarc.importer.inventory.Inventory.Service;
import demarc.model.gate.GraphGate;

/**
 * Writes a checked inventory in one managed write transaction, following docs/graph-model.md "Provenance":
 * lock the sources (a second import of one waits for the first to commit), merge the nodes, drop the relationships
 * of other sources that the document's stated fields replace, merge the document's relationships, sweep what the
 * source said before and no longer says, delete nodes no source defines, then refresh the derived default operators
 * and {@code REQUIRES.connection} and look for incomplete nodes. The refresh covers only the nodes the import touched:
 * those the documents define, the ends of their connections and both ends of every relationship the import deleted;
 * no other node's owner, operator, ends or requirements changed, and scanning the whole graph after each document
 * made a large import quadratic.
 * Every statement is a {@code .cypher} resource beside this class, run with {@code UNWIND $rows} in batches.
 * The driver's managed transaction retries the whole transaction on a transient error (a deadlock between two
 * imports of different sources, say), with backoff, within its retry time (30 s unless configured).
 * Each commit passes the process's {@link GraphGate}: its readers see the graph before the import or after it.
 */
final class InventoryWriter {

    private static final Map<EntryKind, String> MERGE_NODES = Map.of(
            EntryKind.PARTY, load("merge-parties"),
            EntryKind.SERVICE, load("merge-services"),
            EntryKind.FUNCTION, load("merge-functions"),
            EntryKind.RESOURCE, load("merge-resources"),
            EntryKind.CONNECTION, load("merge-connections"));
    private static final String REPLACE_SERVICE_LINKS = load("replace-service-links");
    private static final String REPLACE_ELEMENT_LINKS = load("replace-element-links");
    private static final String REPLACE_CONNECTION_LINKS = load("replace-connection-links");
    private static final String MERGE_PROVIDED_BY = load("merge-provided-by");
    private static final String MERGE_OWNED_BY = load("merge-owned-by");
    private static final String MERGE_OPERATED_BY = load("merge-operated-by");
    private static final String MERGE_AT_SITE = load("merge-at-site");
    private static final String MERGE_SERVICE_REQUIRES = load("merge-service-requires");
    private static final String MERGE_ELEMENT_REQUIRES = load("merge-element-requires");
    private static final String MERGE_MANAGES = load("merge-manages");
    private static final String MERGE_BETWEEN = load("merge-between");
    private static final String MERGE_HAS_ACCESS = load("merge-has-access");
    private static final String SWEEP_RELATIONSHIPS = load("sweep-relationships");
    private static final String SWEEP_NODES = load("sweep-nodes");
    private static final String DROP_STALE_DEFAULT_OPERATORS = load("drop-stale-default-operators");
    private static final String ADD_DEFAULT_OPERATORS = load("add-default-operators");
    private static final String CLEAR_REQUIRES_CONNECTIONS = load("clear-requires-connections");
    private static final String SET_REQUIRES_CONNECTIONS = load("set-requires-connections");
    private static final String FIND_INCOMPLETE = load("find-incomplete");
    private static final String LOCK_SOURCES = load("lock-sources");
    private static final String MERGE_SOURCE = load("merge-source");
    private static final String DELETE_SOURCE = load("delete-source");

    /** What the write did: relationships stated, nodes and relationships removed, warnings about lost facts. */
    record Outcome(int relationships, int removedNodes, int removedRelationships, List<String> warnings) {
    }

    private final Driver driver;
    private final SessionConfig writeSession;
    private final GraphGate gate;

    InventoryWriter(Driver driver, SessionConfig writeSession, GraphGate gate) {
        this.driver = driver;
        this.writeSession = writeSession;
        this.gate = gate;
    }

    /** One document of a unit, with the hash of its file and the importedAt that marks what it writes. */
    record Document(Inventory inventory, String hash, OffsetDateTime importedAt) {
    }

    /** What writing a unit did: an outcome per document, and the warnings about the graph as a whole. */
    record UnitOutcome(List<Outcome> documents, List<String> warnings) {
    }

    Outcome write(Inventory inventory, String hash, OffsetDateTime importedAt) {
        UnitOutcome unit = writeAll(List.of(new Document(inventory, hash, importedAt)), ImportListener.NONE);
        Outcome only = unit.documents().get(0);
        List<String> warnings = new ArrayList<>(only.warnings());
        warnings.addAll(unit.warnings());
        return new Outcome(only.relationships(), only.removedNodes(), only.removedRelationships(), warnings);
    }

    /**
     * Writes several documents in one transaction, as if imported one after the other, except that every node
     * of the unit exists before any relationship is merged (a document may point at a node another document of
     * the unit defines) and the derived facts are refreshed once, at the end. Each document keeps its own
     * importedAt (they must increase in the given order): the sweep of a source compares it with the node's.
     */
    UnitOutcome writeAll(List<Document> documents, ImportListener listener) {
        long total = 0;
        for (Document document : documents) {
            total += items(document.inventory()) + (documents.size() > 1 ? nodeItems(document.inventory()) : 0);
        }
        long items = total;
        List<String> sources = documents.stream().map(document -> document.inventory().source()).toList();
        try (var session = driver.session(writeSession)) {
            return session.executeWrite(closingTheGate(tx -> {
                lock(tx, sources, listener);
                Progress progress = new Progress(listener, items);
                if (documents.size() > 1) {
                    // the second merge below moves each node's importedAt back to its document's before its sweep
                    documents.forEach(document -> mergeNodes(tx, document.inventory(), provenance(document), progress));
                }
                List<Outcome> outcomes = new ArrayList<>();
                Set<String> touched = new TreeSet<>();
                for (Document document : documents) {
                    outcomes.add(writeDocument(tx, document, progress, touched));
                }
                listener.stage(ImportListener.Stage.FINISHING);
                List<String> ids = List.copyOf(touched);
                derive(tx, ids);
                return new UnitOutcome(outcomes, incomplete(tx, ids));
            }));
        } finally {
            gate.reopen();
        }
    }

    /**
     * {@code work} followed by closing the gate, so that no read of this process runs while the driver commits,
     * which it does after the work returns, on this thread; the writing runs with the gate open. The driver calls
     * the work again after a failed commit: each attempt starts by reopening the gate its predecessor left closed
     * (the driver's backoff before it is the one wait readers may see beyond a commit). The caller reopens the gate
     * once the transaction is over, committed or not.
     */
    private <T> TransactionCallback<T> closingTheGate(TransactionCallback<T> work) {
        return tx -> {
            gate.reopen();
            T result = work.execute(tx);
            gate.closeForCommit();
            return result;
        };
    }

    /** Waits for the write lock on every source's :Source node (lock-sources.cypher), in sorted order. */
    private static void lock(TransactionContext tx, List<String> sources, ImportListener listener) {
        listener.stage(ImportListener.Stage.WAITING);
        tx.run(LOCK_SOURCES, Map.of("sources", List.copyOf(new TreeSet<>(sources)))).consume();
        listener.stage(ImportListener.Stage.WRITING);
    }

    /** How many items writing {@code inventory} runs through its statements: nodes, replaced fields, relationships. */
    private static long items(Inventory inventory) {
        long replaced = replacedServiceLinks(inventory).size() + replacedElementLinks(inventory).size()
                + replacedConnectionLinks(inventory).size();
        long links = links(inventory).values().stream().mapToLong(List::size).sum();
        return nodeItems(inventory) + replaced + links;
    }

    private static long nodeItems(Inventory inventory) {
        return inventory.entries().size();
    }

    /** Items written so far in one attempt of the transaction, told to the listener batch by batch. */
    private static final class Progress {

        private final ImportListener listener;
        private final long total;
        private long written;

        Progress(ImportListener listener, long total) {
            this.listener = listener;
            this.total = total;
        }

        void add(int items) {
            written += items;
            listener.written(written, total);
        }
    }

    private static Map<String, Object> provenance(Document document) {
        return Map.of("source", document.inventory().source(), "importedAt", document.importedAt());
    }

    private static void mergeNodes(TransactionContext tx, Inventory inventory, Map<String, Object> provenance,
                                   Progress progress) {
        for (EntryKind kind : EntryKind.values()) {
            run(tx, MERGE_NODES.get(kind), nodeRows(inventory, kind), provenance, progress);
        }
    }

    /** Writes one document; adds to {@code touched} the ids of the nodes whose derived facts may have changed. */
    private static Outcome writeDocument(TransactionContext tx, Document document, Progress progress,
                                         Set<String> touched) {
        Inventory inventory = document.inventory();
        Map<String, Object> provenance = provenance(document);
        inventory.entries().forEach(entry -> touched.add(entry.id()));
        inventory.connections().forEach(connection -> connection.between().forEach(end -> touched.add(end.id())));
        mergeNodes(tx, inventory, provenance, progress);
        int removed = sum(tx, REPLACE_SERVICE_LINKS, replacedServiceLinks(inventory), provenance, progress)
                + sum(tx, REPLACE_ELEMENT_LINKS, replacedElementLinks(inventory), provenance, progress);
        // the connections' former ends: their REQUIRES may have lost the connection
        for (List<Map<String, Object>> batch : Batches.of(replacedConnectionLinks(inventory))) {
            Record row = tx.run(REPLACE_CONNECTION_LINKS, parameters(batch, provenance)).single();
            removed += row.get("removed").asInt();
            touched.addAll(row.get("touched").asList(Value::asString));
            progress.add(batch.size());
        }
        int relationships = 0;
        for (Map.Entry<String, List<Map<String, Object>>> statement : links(inventory).entrySet()) {
            run(tx, statement.getKey(), statement.getValue(), provenance, progress);
            relationships += statement.getValue().size();
        }
        Outcome swept = sweep(tx, provenance, touched);
        Map<String, Object> source = new HashMap<>(provenance);
        source.put("asOf", inventory.asOf());
        source.put("file", inventory.file());
        source.put("hash", document.hash());
        tx.run(MERGE_SOURCE, source).consume();
        return new Outcome(relationships, swept.removedNodes(), removed + swept.removedRelationships(),
                swept.warnings());
    }

    /** Removes everything {@code source} said, as if it were re-imported empty, and its {@code :Source} node. */
    Outcome remove(String source, OffsetDateTime importedAt) {
        Map<String, Object> provenance = Map.of("source", source, "importedAt", importedAt);
        try (var session = driver.session(writeSession)) {
            return session.executeWrite(closingTheGate(tx -> {
                lock(tx, List.of(source), ImportListener.NONE);
                Set<String> touched = new TreeSet<>();
                Outcome swept = sweep(tx, provenance, touched);
                List<String> ids = List.copyOf(touched);
                derive(tx, ids);
                List<String> warnings = new ArrayList<>(swept.warnings());
                warnings.addAll(incomplete(tx, ids));
                tx.run(DELETE_SOURCE, provenance).consume();
                return new Outcome(0, swept.removedNodes(), swept.removedRelationships(), warnings);
            }));
        } finally {
            gate.reopen();
        }
    }

    /**
     * The relationship statements of {@code inventory} with their rows, each statement's rows distinct: a statement
     * does not see what earlier rows of its own batch created, so a fact stated twice (manages: [x, x]) must be one
     * row.
     */
    private static Map<String, List<Map<String, Object>>> links(Inventory inventory) {
        List<Map<String, Object>> providedBy = new ArrayList<>();
        List<Map<String, Object>> serviceRequires = new ArrayList<>();
        for (Service service : inventory.services()) {
            providedBy.add(link(service.id(), service.provider()));
            requiresRows(serviceRequires, service.id(), service.requires());
        }
        List<Map<String, Object>> ownedBy = new ArrayList<>();
        List<Map<String, Object>> operatedBy = new ArrayList<>();
        List<Map<String, Object>> atSite = new ArrayList<>();
        List<Map<String, Object>> elementRequires = new ArrayList<>();
        List<Map<String, Object>> manages = new ArrayList<>();
        for (Element element : inventory.elements()) {
            ownedBy.add(link(element.id(), element.owner()));
            if (element.operator() != null) {
                operatedBy.add(link(element.id(), element.operator()));
            }
            if (element.site() != null) {
                atSite.add(link(element.id(), element.site()));
            }
            requiresRows(elementRequires, element.id(), element.requires());
            if (element.manages() != null) {
                element.manages().forEach(target -> manages.add(link(element.id(), target)));
            }
        }
        List<Map<String, Object>> between = new ArrayList<>();
        for (Connection connection : inventory.connections()) {
            for (int end = 0; end < connection.between().size(); end++) {
                Map<String, Object> row = link(connection.id(), connection.between().get(end));
                row.put("end", end);
                between.add(row);
            }
        }
        List<Map<String, Object>> access = new ArrayList<>();
        for (Access entry : inventory.access()) {
            for (Ref target : entry.to()) {
                Map<String, Object> row = link(entry.party().id(), target);
                row.put("kind", entry.kind());
                row.put("country", entry.country());
                access.add(row);
            }
        }
        Map<String, List<Map<String, Object>>> links = new LinkedHashMap<>();
        links.put(MERGE_PROVIDED_BY, distinct(providedBy));
        links.put(MERGE_SERVICE_REQUIRES, distinct(serviceRequires));
        links.put(MERGE_OWNED_BY, distinct(ownedBy));
        links.put(MERGE_OPERATED_BY, distinct(operatedBy));
        links.put(MERGE_AT_SITE, distinct(atSite));
        links.put(MERGE_ELEMENT_REQUIRES, distinct(elementRequires));
        links.put(MERGE_MANAGES, distinct(manages));
        links.put(MERGE_BETWEEN, distinct(between));
        links.put(MERGE_HAS_ACCESS, distinct(access));
        return links;
    }

    private static List<Map<String, Object>> distinct(List<Map<String, Object>> rows) {
        return List.copyOf(new LinkedHashSet<>(rows));
    }

    /** Sweeps what the source no longer says; adds to {@code touched} the other ends of what it deleted. */
    private static Outcome sweep(TransactionContext tx, Map<String, Object> provenance, Set<String> touched) {
        Record relationships = tx.run(SWEEP_RELATIONSHIPS, provenance).single();
        int removedRelationships = relationships.get("removed").asInt();
        touched.addAll(relationships.get("touched").asList(Value::asString));
        int removedNodes = 0;
        List<String> warnings = new ArrayList<>();
        for (Record node : tx.run(SWEEP_NODES, provenance).list()) {
            removedNodes++;
            List<Value> lost = node.get("lost").asList(value -> value);
            lost.stream().map(fact -> fact.get("other").asString(null)).filter(Objects::nonNull).forEach(touched::add);
            removedRelationships += lost.size();
            if (!lost.isEmpty()) {
                warnings.add(lostWarning(node.get("id").asString(), node.get("label").asString(), lost));
            }
        }
        return new Outcome(0, removedNodes, removedRelationships, warnings);
    }

    private static String lostWarning(String id, String label, List<Value> lost) {
        List<String> facts = lost.stream().map(fact -> fact.get("type").asString()
                + (fact.get("outgoing").asBoolean() ? " to '" : " from '") + fact.get("other").asString(null)
                + "' (source " + fact.get("source").asString(null) + ")").toList();
        return listName(label) + " '" + id + "' removed because no source defines it any more; relationships "
                + "other sources stated went with it: " + String.join(", ", facts);
    }

    /** A warning for each touched node the graph now holds without its owner, provider or two ends. */
    private static List<String> incomplete(TransactionContext tx, List<String> touched) {
        List<String> warnings = new ArrayList<>();
        for (List<String> batch : Batches.of(touched)) {
            tx.run(FIND_INCOMPLETE, Map.of("ids", batch)).forEachRemaining(row -> warnings.add(
                    row.get("list").asString() + " '" + row.get("id").asString() + "' has no "
                    + row.get("field").asString() + " any more: the source that stated it no longer does;"
                    + " import again one of the sources that define it (" + String.join(", ",
                    row.get("sources").asList(Value::asString)) + ")"));
        }
        return warnings;
    }

    private static String listName(String label) {
        for (EntryKind kind : EntryKind.values()) {
            if (kind.label.equals(label)) {
                return kind.list;
            }
        }
        return label;
    }

    /** Refreshes the derived facts of the touched nodes, each statement over every batch before the next. */
    private static void derive(TransactionContext tx, List<String> touched) {
        List<List<String>> batches = Batches.of(touched);
        for (String statement : List.of(DROP_STALE_DEFAULT_OPERATORS, ADD_DEFAULT_OPERATORS,
                CLEAR_REQUIRES_CONNECTIONS, SET_REQUIRES_CONNECTIONS)) {
            batches.forEach(batch -> tx.run(statement, Map.of("ids", batch)).consume());
        }
    }

    private static List<Map<String, Object>> nodeRows(Inventory inventory, EntryKind kind) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entry entry : inventory.entries()) {
            if (entry.entryKind() == kind) {
                rows.add(Map.of("id", entry.id(), "properties", entry.properties()));
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> replacedServiceLinks(Inventory inventory) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Service service : inventory.services()) {
            List<String> types = new ArrayList<>(List.of("PROVIDED_BY"));
            if (service.requires() != null) {
                types.add("REQUIRES");
            }
            rows.add(Map.of("id", service.id(), "types", types));
        }
        return rows;
    }

    private static List<Map<String, Object>> replacedElementLinks(Inventory inventory) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Element element : inventory.elements()) {
            List<String> types = new ArrayList<>(List.of("OWNED_BY"));
            if (element.operator() != null) {
                types.add("OPERATED_BY");
            }
            if (element.site() != null) {
                types.add("AT_SITE");
            }
            if (element.requires() != null) {
                types.add("REQUIRES");
            }
            if (element.manages() != null) {
                types.add("MANAGES");
            }
            rows.add(Map.of("id", element.id(), "types", types));
        }
        return rows;
    }

    private static List<Map<String, Object>> replacedConnectionLinks(Inventory inventory) {
        return inventory.connections().stream()
                .map(connection -> Map.<String, Object>of("id", connection.id(), "types", List.of("BETWEEN")))
                .toList();
    }

    private static void requiresRows(List<Map<String, Object>> rows, String from, List<Requirement> requires) {
        if (requires == null) {
            return;
        }
        for (Requirement requirement : requires) {
            for (Ref member : requirement.members()) {
                Map<String, Object> row = link(from, member);
                row.put("slot", requirement.slot());
                row.put("anyOf", requirement.anyOf());
                rows.add(row);
            }
        }
    }

    private static Map<String, Object> link(String from, Ref to) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("from", from);
        row.put("to", to.id());
        return row;
    }

    private static void run(TransactionContext tx, String query, List<Map<String, Object>> rows,
                            Map<String, Object> provenance, Progress progress) {
        for (List<Map<String, Object>> batch : Batches.of(rows)) {
            tx.run(query, parameters(batch, provenance)).consume();
            progress.add(batch.size());
        }
    }

    /** Runs a statement that returns {@code removed} per batch, and adds them up. */
    private static int sum(TransactionContext tx, String query, List<Map<String, Object>> rows,
                           Map<String, Object> provenance, Progress progress) {
        int removed = 0;
        for (List<Map<String, Object>> batch : Batches.of(rows)) {
            removed += tx.run(query, parameters(batch, provenance)).single().get("removed").asInt();
            progress.add(batch.size());
        }
        return removed;
    }

    private static Map<String, Object> parameters(List<Map<String, Object>> batch, Map<String, Object> provenance) {
        Map<String, Object> parameters = new HashMap<>(provenance);
        parameters.put("rows", batch);
        return parameters;
    }

    private static String load(String name) {
        return CypherResource.load(InventoryWriter.class, name + ".cypher");
    }
}

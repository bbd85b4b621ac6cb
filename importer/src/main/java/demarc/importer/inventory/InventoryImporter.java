package demarc.importer.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import demarc.importer.document.DocNode;
import demarc.importer.document.ParsedDocument;
import demarc.importer.inventory.Inventory.EntryKind;
import demarc.model.gate.GraphGate;

/**
 * Imports inventory documents (format version 1, YAML or JSON; shared/design/inventory-format.md) into the
 * graph of docs/graph-model.md. A staged pipeline: read with line numbers, map, validate (against the document
 * and, for references, the stored graph), then write the whole document in one transaction or nothing at all.
 * Re-importing a source replaces what it said before; other sources' facts stay.
 */
public final class InventoryImporter {

    /** The last importedAt handed out: imports of one JVM get strictly increasing ones (they mark what they wrote). */
    private static final AtomicReference<OffsetDateTime> LAST_IMPORTED_AT =
            new AtomicReference<>(OffsetDateTime.MIN);

    private final Driver driver;
    private final SessionConfig readSession;
    private final SessionConfig writeSession;
    private final GraphGate gate;

    /**
     * {@code database} null means the server's default database; {@code gate} is the one the queries of this
     * process read through, which each import closes around its commit.
     */
    public InventoryImporter(Driver driver, String database, GraphGate gate) {
        this.driver = driver;
        this.gate = gate;
        SessionConfig.Builder read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        SessionConfig.Builder write = SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE);
        if (database != null) {
            read.withDatabase(database);
            write.withDatabase(database);
        }
        this.readSession = read.build();
        this.writeSession = write.build();
    }

    /** Imports a document given as text; {@code fileName} names it in errors and tells JSON ({@code .json}) apart. */
    public ImportReport importDocument(String fileName, String content) throws InventoryRejectedException {
        long start = System.nanoTime();
        GraphLookup lookup = new GraphLookup(driver, readSession);
        return write(fileName, CheckedInventory.check(fileName, content, lookup::lookup), sha256(content), start);
    }

    /**
     * Imports an inventory document tree translated from another format ({@code demarc.importer.format});
     * {@code contentSha256} is the hash of the file it was translated from.
     */
    public ImportReport importTree(String fileName, DocNode inventory, String contentSha256)
            throws InventoryRejectedException {
        long start = System.nanoTime();
        GraphLookup lookup = new GraphLookup(driver, readSession);
        ParsedDocument parsed = new ParsedDocument(inventory, List.of());
        return write(fileName, CheckedInventory.check(fileName, parsed, lookup::lookup), contentSha256, start);
    }

    /**
     * Imports several documents as one unit, all or nothing: every document is mapped and validated (a
     * reference may resolve in another document of the unit or in the stored graph) before anything is
     * written, then all are written in one transaction, in the order given. Each document needs its own source.
     *
     * @throws InventoryRejectedException with the errors of every document, each naming its file
     */
    public UnitImport importTrees(List<TreeDocument> documents) throws InventoryRejectedException {
        return importTrees(documents, ImportListener.NONE);
    }

    /**
     * {@link #importTrees(List)}, telling {@code listener} how it is getting on. Two imports that write a source in
     * common, from this process or another sharing the database, run one after the other: the later waits for the
     * earlier to commit (stage {@link ImportListener.Stage#WAITING}) and its document is what the graph ends with.
     */
    public UnitImport importTrees(List<TreeDocument> documents, ImportListener listener)
            throws InventoryRejectedException {
        long start = System.nanoTime();
        GraphLookup lookup = new GraphLookup(driver, readSession);
        CheckedUnit checked = CheckedUnit.check(documents, lookup::lookup);
        List<InventoryWriter.Document> written = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            written.add(new InventoryWriter.Document(checked.documents().get(i).inventory(),
                    documents.get(i).contentSha256(), nextImportedAt()));
        }
        InventoryWriter.UnitOutcome outcome = new InventoryWriter(driver, writeSession, gate)
                .writeAll(written, listener);
        long millis = millisSince(start);
        List<ImportReport> reports = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            List<String> warnings = new ArrayList<>(checked.conflicts().get(i));
            warnings.addAll(outcome.documents().get(i).warnings());
            reports.add(report(documents.get(i).file(), written.get(i).inventory(), outcome.documents().get(i),
                    warnings, millis));
        }
        return new UnitImport(reports, outcome.warnings(), millis);
    }

    /** What the graph holds under {@code ids} (defined by any source), by id; ids it does not hold are left out. */
    public Map<String, StoredEntry> storedEntries(List<String> ids) {
        Map<String, StoredEntry> entries = new LinkedHashMap<>();
        new GraphLookup(driver, readSession).lookup(ids).nodesById().forEach((id, nodes) -> nodes.stream()
                .filter(node -> !node.sources().isEmpty())
                .findFirst()
                .ifPresent(node -> entries.put(id, new StoredEntry(id, listOf(node.label()),
                        (String) node.properties().get("kind")))));
        return entries;
    }

    private static String listOf(String label) {
        for (EntryKind kind : EntryKind.values()) {
            if (kind.label.equals(label)) {
                return kind.list;
            }
        }
        return label;
    }

    private ImportReport write(String fileName, CheckedInventory checked, String contentSha256, long start) {
        Inventory inventory = checked.inventory();
        List<String> warnings = new ArrayList<>(ConflictWarnings.of(inventory, checked.stored()));
        InventoryWriter.Outcome outcome = new InventoryWriter(driver, writeSession, gate)
                .write(inventory, contentSha256, nextImportedAt());
        warnings.addAll(outcome.warnings());
        return report(fileName, inventory, outcome, warnings, millisSince(start));
    }

    private static ImportReport report(String fileName, Inventory inventory, InventoryWriter.Outcome outcome,
                                       List<String> warnings, long millis) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("parties", inventory.parties().size());
        counts.put("services", inventory.services().size());
        counts.put("functions", count(inventory, EntryKind.FUNCTION));
        counts.put("resources", count(inventory, EntryKind.RESOURCE));
        counts.put("connections", inventory.connections().size());
        counts.put("access", inventory.access().size());
        counts.put("relationships", outcome.relationships());
        return new ImportReport(fileName, inventory.source(), counts, removed(outcome), warnings, millis);
    }

    /** Imports a UTF-8 file; errors name it as given. */
    public ImportReport importFile(Path file) throws IOException, InventoryRejectedException {
        return importDocument(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Removes everything {@code source} said (nodes only it defines, its relationships) and its :Source node. */
    public ImportReport removeSource(String source) {
        long start = System.nanoTime();
        InventoryWriter.Outcome outcome = new InventoryWriter(driver, writeSession, gate)
                .remove(source, nextImportedAt());
        Map<String, Integer> counts = new LinkedHashMap<>();
        ImportReport.COUNT_KEYS.forEach(key -> counts.put(key, 0));
        return new ImportReport("(none)", source, counts, removed(outcome), outcome.warnings(), millisSince(start));
    }

    private static Map<String, Integer> removed(InventoryWriter.Outcome outcome) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("nodes", outcome.removedNodes());
        removed.put("relationships", outcome.removedRelationships());
        return removed;
    }

    private static int count(Inventory inventory, EntryKind kind) {
        return (int) inventory.elements().stream().filter(element -> element.entryKind() == kind).count();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static OffsetDateTime nextImportedAt() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return LAST_IMPORTED_AT.updateAndGet(last -> now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS));
    }

    /** The SHA-256 of {@code content} in UTF-8, as hex. */
    public static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

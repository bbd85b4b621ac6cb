package demarc.importer.inventory;

import java.util.ArrayList;
import java.util.List;

import demarc.importer.document.DocumentReader;
import demarc.importer.document.DocumentSyntaxException;
import demarc.importer.document.ParsedDocument;
import demarc.importer.inventory.Inventory.Ref;
import demarc.importer.inventory.Inventory.Requirement;

/**
 * Where an inventory document defines each id and where it refers to other ids, with their lines: for tools that
 * point a reader at the line of a document that causes something (a design review). Reading checks the syntax and
 * the shape of the document exactly as an import does, and reads no graph and writes nothing.
 *
 * @param file        the file name the document was read as
 * @param source      the document's {@code source}
 * @param definitions every entry with an id, in document order
 * @param references  every {@code requires}, {@code manages}, {@code owner}, {@code operator}, {@code site},
 *                    {@code provider} and connection end, in document order
 */
public record DocumentLines(String file, String source, List<Definition> definitions, List<Reference> references) {

    /**
     * An entry that defines an id.
     *
     * @param kind {@code party}, {@code service}, {@code function}, {@code resource} or {@code connection}
     * @param path where it is, e.g. {@code functions[3]}
     */
    public record Definition(String id, String kind, String path, int line) {
    }

    /**
     * A reference from the entry {@code from} to {@code to}, e.g. {@code functions[3].requires[1]}.
     */
    public record Reference(String from, String to, String path, int line) {
    }

    /**
     * Reads a document as {@link InventoryImporter#importDocument} would, up to its checks against the graph.
     *
     * @throws InventoryRejectedException with every syntax or shape error, as file:line: path: message
     */
    public static DocumentLines read(String fileName, String content) throws InventoryRejectedException {
        ErrorCollector errors = new ErrorCollector(fileName);
        ParsedDocument parsed;
        try {
            parsed = DocumentReader.read(fileName, content);
        } catch (DocumentSyntaxException e) {
            errors.add(e.problem().line(), e.problem().path(), e.problem().message());
            throw new InventoryRejectedException(errors.errors());
        }
        parsed.problems().forEach(problem -> errors.add(problem.line(), problem.path(), problem.message()));
        Inventory inventory = new InventoryMapper(errors).map(fileName, parsed.root());
        if (inventory == null || !errors.isEmpty()) {
            throw new InventoryRejectedException(errors.errors());
        }
        List<Definition> definitions = inventory.entries().stream()
                .filter(entry -> entry.id() != null)
                .map(entry -> new Definition(entry.id(), entry.entryKind().word, entry.origin().path(),
                        entry.origin().line()))
                .toList();
        List<Reference> references = new ArrayList<>();
        for (Inventory.Service service : inventory.services()) {
            add(references, service.id(), service.provider());
            addRequires(references, service.id(), service.requires());
        }
        for (Inventory.Element element : inventory.elements()) {
            add(references, element.id(), element.owner());
            add(references, element.id(), element.operator());
            add(references, element.id(), element.site());
            addRequires(references, element.id(), element.requires());
            if (element.manages() != null) {
                element.manages().forEach(ref -> add(references, element.id(), ref));
            }
        }
        for (Inventory.Connection connection : inventory.connections()) {
            connection.between().forEach(ref -> add(references, connection.id(), ref));
        }
        return new DocumentLines(fileName, inventory.source(), definitions, List.copyOf(references));
    }

    private static void addRequires(List<Reference> references, String from, List<Requirement> requires) {
        if (requires != null) {
            requires.forEach(requirement -> requirement.members().forEach(ref -> add(references, from, ref)));
        }
    }

    private static void add(List<Reference> references, String from, Ref ref) {
        if (from != null && ref != null) {
            references.add(new Reference(from, ref.id(), ref.origin().path(), ref.origin().line()));
        }
    }
}

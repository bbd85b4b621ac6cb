package demarc.api.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import demarc.importer.inventory.DocumentLines;
import demarc.model.decision.PathStep;

/**
 * Finds the line of the design that a finding is about: the entry that defines its element, connection or service,
 * or else the {@code requires} (or {@code manages}) entry that brought the element in. Designs are imported in
 * order and a later one wins, so a later definition of an id wins here too.
 */
final class DesignLocator {

    /** A line of a design file. */
    record Location(String file, int line) {
    }

    private final Location fallback;
    private final Map<String, Location> definitions = new HashMap<>();
    private final Map<String, Location> references = new HashMap<>();
    private final Map<String, Location> referencesTo = new HashMap<>();

    DesignLocator(List<DocumentLines> designs) {
        fallback = new Location(designs.get(0).file(), 1);
        for (DocumentLines design : designs) {
            design.definitions().forEach(definition ->
                    definitions.put(definition.id(), new Location(design.file(), definition.line())));
            design.references().forEach(reference -> {
                Location location = new Location(design.file(), reference.line());
                references.put(reference.from() + "\n" + reference.to(), location);
                referencesTo.put(reference.to(), location);
            });
        }
    }

    /** Whether a design defines {@code id}. */
    boolean defines(String id) {
        return definitions.containsKey(id);
    }

    /** The element's definition, else the deepest hop of the path a design states, else a step it defines. */
    Location ofPath(String element, List<PathStep> path) {
        return definition(element)
                .or(() -> deepestHop(path))
                .or(() -> deepestDefinition(path))
                .orElse(fallback);
    }

    /** The connection's definition, else a design's reference between its two ends, else an end's definition. */
    Location ofBoundary(String connection, List<String> between) {
        Optional<Location> found = connection == null ? Optional.empty() : definition(connection);
        if (found.isEmpty() && between.size() == 2) {
            found = hop(between.get(0), between.get(1)).or(() -> definition(between.get(0)))
                    .or(() -> definition(between.get(1)));
        }
        return found.orElse(fallback);
    }

    /** The element's definition, else a design's reference to it, else the service's definition. */
    Location ofElement(String service, String element) {
        return definition(element).or(() -> Optional.ofNullable(referencesTo.get(element)))
                .or(() -> definition(service)).orElse(fallback);
    }

    /** The service's definition, or {@code otherwise}. */
    Location ofService(String service, Location otherwise) {
        return definition(service).orElse(otherwise == null ? fallback : otherwise);
    }

    private Optional<Location> definition(String id) {
        return Optional.ofNullable(id == null ? null : definitions.get(id));
    }

    /** A reference either way between two ids: {@code managed-by} steps point back from the manager. */
    private Optional<Location> hop(String a, String b) {
        return Optional.ofNullable(references.get(a + "\n" + b))
                .or(() -> Optional.ofNullable(references.get(b + "\n" + a)));
    }

    private Optional<Location> deepestHop(List<PathStep> path) {
        for (int i = path.size() - 1; i > 0; i--) {
            Optional<Location> found = hop(path.get(i - 1).id(), path.get(i).id());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Location> deepestDefinition(List<PathStep> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Optional<Location> found = definition(path.get(i).id());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}

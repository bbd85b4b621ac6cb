package demarc.importer.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import demarc.importer.inventory.Inventory.Connection;
import demarc.importer.inventory.Inventory.Element;
import demarc.importer.inventory.Inventory.Entry;
import demarc.importer.inventory.Inventory.EntryKind;
import demarc.importer.inventory.Inventory.Ref;
import demarc.importer.inventory.Inventory.Requirement;
import demarc.importer.inventory.Inventory.Service;
import demarc.importer.inventory.StoredGraph.StoredLink;
import demarc.importer.inventory.StoredGraph.StoredNode;

/**
 * Names every field of a shared node that the import takes over from another source ("the later import wins,
 * and the report says so"): a property another source wrote last with a different value, or a provider, owner,
 * operator, site, requires, manages or between another source stated differently.
 */
final class ConflictWarnings {

    /** Graph property names that the document writes inside a nested block. */
    private static final Map<String, String> PARTY_FIELDS = Map.of(
            "category", "carrier.category", "designations", "carrier.designations", "users", "carrier.users");
    private static final Map<String, String> CONNECTION_FIELDS = Map.of(
            "point", "demarcation.point", "functionCheck", "demarcation.functionCheck");

    private ConflictWarnings() {
    }

    static List<String> of(Inventory inventory, StoredGraph stored) {
        List<String> warnings = new ArrayList<>();
        String source = inventory.source();
        for (Entry entry : inventory.entries()) {
            Optional<StoredNode> shared = stored.definedBesides(entry.id(), source)
                    .filter(node -> node.label().equals(entry.entryKind().label));
            if (shared.isEmpty()) {
                continue;
            }
            StoredNode node = shared.get();
            String subject = entry.origin().path() + " '" + entry.id() + "'";
            if (node.source() != null && !node.source().equals(source)) {
                entry.properties().forEach((property, value) -> {
                    Object before = node.properties().get(property);
                    if (before != null && !before.equals(value)) {
                        warnings.add(change(subject, field(entry, property), shown(before), node.source(),
                                shown(value), source));
                    }
                });
            }
            links(entry).forEach((field, stated) -> {
                StoredLinks before = storedLinks(node, field, source);
                if (before != null && !before.text().equals(stated)) {
                    warnings.add(change(subject, field, before.text(), before.source(), stated, source));
                }
            });
        }
        return warnings;
    }

    private static String change(String subject, String field, String before, String beforeSource, String after,
                                 String afterSource) {
        return subject + ": " + field + " changes from " + before + " (source " + beforeSource + ") to " + after
                + " (source " + afterSource + ")";
    }

    private static String field(Entry entry, String property) {
        Map<String, String> nested = entry.entryKind() == EntryKind.PARTY ? PARTY_FIELDS
                : entry.entryKind() == EntryKind.CONNECTION ? CONNECTION_FIELDS : Map.of();
        return nested.getOrDefault(property, property);
    }

    /** The relationship fields the entry states, by document field, in the form {@link #storedLinks} gives. */
    private static Map<String, String> links(Entry entry) {
        Map<String, String> links = new TreeMap<>();
        if (entry instanceof Service service) {
            put(links, "provider", service.provider());
            if (service.requires() != null) {
                links.put("requires", requiresText(service.requires()));
            }
        } else if (entry instanceof Element element) {
            put(links, "owner", element.owner());
            put(links, "operator", element.operator());
            put(links, "site", element.site());
            if (element.requires() != null) {
                links.put("requires", requiresText(element.requires()));
            }
            if (element.manages() != null) {
                links.put("manages", idsText(element.manages().stream().map(Ref::id).toList()));
            }
        } else if (entry instanceof Connection connection) {
            links.put("between", idsText(connection.between().stream().map(Ref::id).toList()));
        }
        return links;
    }

    private static void put(Map<String, String> links, String field, Ref ref) {
        if (ref != null) {
            links.put(field, "'" + ref.id() + "'");
        }
    }

    private record StoredLinks(String text, String source) {
    }

    /** What other sources state for {@code field} of the node; {@code null} when they state nothing. */
    private static StoredLinks storedLinks(StoredNode node, String field, String importing) {
        String type = switch (field) {
            case "provider" -> "PROVIDED_BY";
            case "owner" -> "OWNED_BY";
            case "operator" -> "OPERATED_BY";
            case "site" -> "AT_SITE";
            case "requires" -> "REQUIRES";
            case "manages" -> "MANAGES";
            default -> "BETWEEN";
        };
        List<StoredLink> links = node.links(type).stream()
                .filter(link -> link.source() != null && !link.source().equals(importing))
                .filter(link -> !Boolean.TRUE.equals(link.defaulted()))
                .toList();
        if (links.isEmpty()) {
            return null;
        }
        String text = switch (field) {
            case "requires" -> storedRequiresText(links);
            case "manages" -> idsText(links.stream().map(StoredLink::target).toList());
            case "between" -> idsText(links.stream().sorted(Comparator.comparing(l -> l.end() == null ? 0 : l.end()))
                    .map(StoredLink::target).toList());
            default -> "'" + links.get(0).target() + "'";
        };
        return new StoredLinks(text, links.get(0).source());
    }

    private static String requiresText(List<Requirement> requires) {
        return requires.stream()
                .map(r -> entryText(r.anyOf(), r.members().stream().map(Ref::id).toList()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String storedRequiresText(List<StoredLink> links) {
        Map<Long, List<StoredLink>> slots = new TreeMap<>(links.stream()
                .collect(Collectors.groupingBy(link -> link.slot() == null ? 0L : link.slot())));
        return slots.values().stream()
                .map(slot -> entryText(Boolean.TRUE.equals(slot.get(0).anyOf()),
                        slot.stream().map(StoredLink::target).toList()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String entryText(boolean anyOf, List<String> ids) {
        return anyOf ? "anyOf" + ids.stream().sorted().collect(Collectors.joining(", ", "(", ")")) : ids.get(0);
    }

    private static String idsText(List<String> ids) {
        return ids.stream().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String shown(Object value) {
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        return String.valueOf(value);
    }
}

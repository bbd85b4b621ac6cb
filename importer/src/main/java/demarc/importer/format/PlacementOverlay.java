package demarc.importer.format;

import java.util.List;

import demarc.importer.document.DocNode.MapNode;

/**
 * A placement overlay as read and checked for shape (docs/formats.md, "Placement overlay"): its own inventory
 * document (the parties, services and resources it defines, under its {@code source}) and its bindings, each
 * the map written under {@code bind} with the path and line it came from.
 */
public record PlacementOverlay(String file, String source, MapNode inventory, List<Binding> bindings) {

    public PlacementOverlay {
        bindings = List.copyOf(bindings);
    }

    /** One entry of {@code bind}: which element ({@code id}) and the facts the overlay states about it. */
    public record Binding(String path, int line, String id, MapNode entry) {
    }
}

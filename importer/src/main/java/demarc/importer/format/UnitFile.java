package demarc.importer.format;

import java.util.ArrayList;
import java.util.List;

import demarc.importer.document.DocNode;
import demarc.importer.format.Translation.Coverage;

/**
 * One file of an import unit while the unit is prepared: its format, its inventory tree (which overlays may
 * change) and its coverage lines (to which they add). {@code overlay} is set for a placement overlay, whose tree
 * is the overlay's own document.
 */
final class UnitFile {

    final InputFile input;
    final InventoryFormat format;
    final PlacementOverlay overlay;
    final List<Coverage> coverage;
    DocNode tree;

    UnitFile(InputFile input, InventoryFormat format, DocNode tree, List<Coverage> coverage, PlacementOverlay overlay) {
        this.input = input;
        this.format = format;
        this.tree = tree;
        this.coverage = new ArrayList<>(coverage);
        this.overlay = overlay;
    }

    String name() {
        return input.name();
    }
}

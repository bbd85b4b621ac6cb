package demarc.importer.format;

import java.util.ArrayList;
import java.util.List;

import demarc.importer.document.ImportLimits;
import demarc.importer.document.DocNode;
import demarc.importer.document.DocumentReader;
import demarc.importer.document.DocumentSyntaxException;
import demarc.importer.document.ParsedDocument;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;

/**
 * demarc's own inventory document (shared/design/inventory-format.md), YAML or JSON, recognised by its
 * top-level {@code inventory} key. The translation is the document itself: every entry maps as written.
 */
public final class NativeInventoryFormat implements InventoryFormat {

    public static final String ID = "inventory";
    private static final List<String> SECTIONS =
            List.of("parties", "services", "functions", "resources", "connections", "access");

    private final ImportLimits limits;

    /** A format that reads with {@link ImportLimits#DEFAULTS}. */
    public NativeInventoryFormat() {
        this(ImportLimits.DEFAULTS);
    }

    public NativeInventoryFormat(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "demarc inventory document, YAML or JSON (inventory: 1)";
    }

    @Override
    public boolean recognizes(InputFile file) {
        return TopLevelKeys.of(file).contains("inventory");
    }

    @Override
    public Translation translate(InputFile file) throws TranslationException {
        ParsedDocument parsed;
        try {
            parsed = DocumentReader.read(file.name(), file.text(), limits);
        } catch (DocumentSyntaxException e) {
            throw new TranslationException(List.of(e.problem()));
        }
        if (!parsed.problems().isEmpty()) {
            throw new TranslationException(parsed.problems());
        }
        return new Translation(file.name(), ID, parsed.root(), coverage(parsed.root()));
    }

    private static List<Coverage> coverage(DocNode root) {
        List<Coverage> coverage = new ArrayList<>();
        if (root instanceof DocNode.MapNode map) {
            for (String section : SECTIONS) {
                map.field(section).filter(field -> field.value() instanceof DocNode.ListNode).ifPresent(field ->
                        coverage.add(new Coverage(field.line(), section, Outcome.MAPPED,
                                ((DocNode.ListNode) field.value()).items().size() + " " + section
                                        + " entries, as written")));
            }
        }
        return coverage;
    }
}

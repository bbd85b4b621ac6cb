package demarc.importer.format;

import java.util.ArrayList;
import java.util.List;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.Field;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocNode.ScalarKind;
import demarc.importer.document.DocNode.ScalarNode;
import demarc.importer.document.DocumentReader;
import demarc.importer.document.DocumentSyntaxException;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;

/**
 * A descriptor format as small as the contract allows, translated the way the real ones (SOL001, SOL006, ...)
 * are: a VNF and its VDUs, owned by the {@code unstated-owner} placeholder, each with an UNKNOWN coverage line.
 * <pre>
 * toy-descriptor: vnf-a
 * vdus: [vdu-1, vdu-2]
 * </pre>
 */
final class ToyDescriptorFormat implements InventoryFormat {

    @Override
    public String id() {
        return "toy";
    }

    @Override
    public String description() {
        return "a descriptor for tests";
    }

    @Override
    public boolean recognizes(InputFile file) {
        return TopLevelKeys.of(file).contains("toy-descriptor");
    }

    @Override
    public Translation translate(InputFile file) throws TranslationException {
        MapNode root;
        try {
            root = (MapNode) DocumentReader.read(file.name(), file.text()).root();
        } catch (DocumentSyntaxException e) {
            throw new TranslationException(List.of(e.problem()));
        }
        Field vnf = root.field("toy-descriptor").orElseThrow();
        List<Coverage> coverage = new ArrayList<>();
        List<DocNode> vdus = new ArrayList<>();
        List<DocNode> vduIds = new ArrayList<>();
        ListNode listed = (ListNode) root.field("vdus").orElseThrow().value();
        for (DocNode vdu : listed.items()) {
            String id = ((ScalarNode) vdu).text();
            vdus.add(element(vdu.line(), id, "vm", List.of()));
            vduIds.add(Trees.text(vdu.line(), id));
            coverage.add(new Coverage(vdu.line(), "vdus", Outcome.UNKNOWN, "owner of '" + id + "' not stated"));
        }
        String vnfId = ((ScalarNode) vnf.value()).text();
        coverage.add(0, new Coverage(vnf.line(), "toy-descriptor", Outcome.UNKNOWN,
                "owner of '" + vnfId + "' not stated"));
        List<Field> fields = List.of(
                new Field("inventory", 1, new ScalarNode(1, ScalarKind.INTEGER, "1")),
                new Field("source", 1, Trees.text(1, file.name())),
                new Field("parties", 1, new ListNode(1, List.of(UnstatedOwner.party(1)))),
                new Field("functions", vnf.line(), new ListNode(vnf.line(), List.of(
                        element(vnf.line(), vnfId, "vnf", vduIds)))),
                new Field("resources", listed.line(), new ListNode(listed.line(), vdus)));
        return new Translation(file.name(), id(), new MapNode(1, fields), coverage);
    }

    private static DocNode element(int line, String id, String kind, List<DocNode> requires) {
        List<Field> fields = new ArrayList<>(List.of(
                new Field("id", line, Trees.text(line, id)),
                new Field("kind", line, Trees.text(line, kind)),
                new Field("owner", line, Trees.text(line, UnstatedOwner.ID))));
        if (!requires.isEmpty()) {
            fields.add(new Field("requires", line, new ListNode(line, requires)));
        }
        return new MapNode(line, fields);
    }
}

package demarc.api.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import demarc.model.decision.ChainNode;

class ChainRowTest {

    private static ChainNode node(String id, String via, Integer group, String owner, String boundary,
                                  boolean repeat, List<ChainNode> children) {
        return new ChainNode(id, null, via == null ? "service" : "element", via, group, owner, owner,
                List.of("JP"), List.of(), boundary, repeat, children);
    }

    private final ChainNode tree = node("voice", null, null, "shinkai", null, false, List.of(
            node("sk-ims", "requires", null, "shinkai", null, false, List.of(
                    node("kumo-vm-a", "any-of", 0, "kumo", "undeclared", false, List.of()),
                    node("kumo-vm-b", "any-of", 0, "kumo", "undeclared", false, List.of()))),
            node("sk-noc", "manages", null, "hoshu", "undeclared", false, List.of(
                    node("sk-ims", "manages", null, "shinkai", null, true, List.of())))));

    @Test
    void walksDepthFirstIndentingEachLevel() {
        List<ChainRow> rows = ChainRow.flatten(tree, true);

        assertThat(rows).extracting(ChainRow::element).containsExactly(
                "voice", "  sk-ims", "    kumo-vm-a", "    kumo-vm-b", "  sk-noc", "    sk-ims (see above)");
        assertThat(rows).extracting(ChainRow::depth).containsExactly(0, 1, 2, 2, 1, 2);
        assertThat(rows).extracting(ChainRow::via)
                .containsExactly(null, "requires", "any-of #0", "any-of #0", "manages", "manages");
    }

    @Test
    void csvRowsKeepPlainIds() {
        String csv = TextTable.of(ChainRow.class, ChainRow.flatten(tree, false))
                .select(List.of("depth", "element", "boundary")).toCsv();

        assertThat(csv.split("\r\n")).containsExactly("depth,element,boundary", "0,voice,", "1,sk-ims,",
                "2,kumo-vm-a,undeclared", "2,kumo-vm-b,undeclared", "1,sk-noc,undeclared",
                "2,sk-ims (see above),");
    }
}

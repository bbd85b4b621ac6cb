package demarc.importer.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import demarc.importer.document.DocNode.ScalarKind;

class DocumentReaderTest {

    @Test
    void tellsJsonFromYaml() {
        assertThat(DocumentReader.isJson("net.JSON", "a: 1")).isTrue();
        assertThat(DocumentReader.isJson("net.yaml", "\uFEFF \n {\"a\": 1}")).isTrue();
        assertThat(DocumentReader.isJson("net.yaml", "a: {b: 1}")).isFalse();
        assertThat(DocumentReader.isJson(null, "")).isFalse();
    }

    @Test
    void yamlScalarsKeepTheirTextKindAndLine() throws Exception {
        DocNode.MapNode root = (DocNode.MapNode) DocumentReader.read("x.yaml", """
                # comment
                a: 12
                b: NO
                c: 2026-11-01
                d: "12"
                e: ~
                f: [1.5]
                """).root();
        assertThat(root.fields()).extracting(DocNode.Field::key, DocNode.Field::line)
                .containsExactly(tuple("a", 2), tuple("b", 3), tuple("c", 4), tuple("d", 5), tuple("e", 6), tuple("f", 7));
        assertThat(root.fields().stream().limit(5).map(f -> ((DocNode.ScalarNode) f.value()).kind()))
                .containsExactly(ScalarKind.INTEGER, ScalarKind.BOOLEAN, ScalarKind.DATE, ScalarKind.STRING,
                        ScalarKind.NULL);
        assertThat(((DocNode.ScalarNode) root.field("b").orElseThrow().value()).text()).isEqualTo("NO");
        DocNode.ListNode list = (DocNode.ListNode) root.field("f").orElseThrow().value();
        assertThat(list.items()).singleElement().isEqualTo(new DocNode.ScalarNode(7, ScalarKind.DECIMAL, "1.5"));
    }

    @Test
    void jsonScalarsKeepTheirTextKindAndLine() throws Exception {
        DocNode.MapNode root = (DocNode.MapNode) DocumentReader.read("x.json", """
                {
                  "a": 12,
                  "b": [true, null, "s", -0.5]
                }
                """).root();
        DocNode.ListNode list = (DocNode.ListNode) root.field("b").orElseThrow().value();
        assertThat(root.field("a").orElseThrow().value()).isEqualTo(new DocNode.ScalarNode(2, ScalarKind.INTEGER, "12"));
        assertThat(list.items()).extracting(node -> ((DocNode.ScalarNode) node).kind())
                .containsExactly(ScalarKind.BOOLEAN, ScalarKind.NULL, ScalarKind.STRING, ScalarKind.DECIMAL);
        assertThat(list.line()).isEqualTo(3);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}

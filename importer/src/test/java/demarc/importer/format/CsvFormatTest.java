package demarc.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocNode.ScalarKind;
import demarc.importer.document.DocNode.ScalarNode;
import demarc.importer.format.Translation.Outcome;

/** CSV rows onto inventory entries: typed cells, lists, anyOf, nested blocks, attributes, lines; and errors. */
class CsvFormatTest {

    private final CsvFormat csv = new CsvFormat();

    @Test
    void anElementRowBecomesAnEntryWithListsAnyOfAndAttributes() throws Exception {
        Translation translation = translate("net/functions.csv", """
                id,kind,roles,owner,requires,holdsUserInfo,attributes.vendor
                sk-ims,vnf,switching;control,shinkai,"vm-a|vm-b; az-1",true,Acme
                """);

        MapNode root = (MapNode) translation.inventory();
        assertThat(Trees.scalar(root, "source")).hasValue("net/functions.csv");
        MapNode row = (MapNode) Trees.items(root, "functions").get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(Trees.scalar(row, "owner")).hasValue("shinkai");
        assertThat(texts(row.field("roles").get().value())).containsExactly("switching", "control");
        ListNode requires = (ListNode) row.field("requires").get().value();
        assertThat(texts(((MapNode) requires.items().get(0)).field("anyOf").get().value()))
                .containsExactly("vm-a", "vm-b");
        assertThat(((ScalarNode) requires.items().get(1)).text()).isEqualTo("az-1");
        assertThat(((ScalarNode) row.field("holdsUserInfo").get().value()).kind()).isEqualTo(ScalarKind.BOOLEAN);
        assertThat(Trees.scalar((MapNode) row.field("attributes").get().value(), "vendor")).hasValue("Acme");
        assertThat(translation.coverage()).singleElement()
                .satisfies(line -> assertThat(line.outcome()).isEqualTo(Outcome.MAPPED))
                .satisfies(line -> assertThat(line.detail()).isEqualTo("functions 'sk-ims'"));
    }

    @Test
    void partiesCarryTheCarrierBlockAndConnectionsTheirDemarcation() throws Exception {
        MapNode parties = (MapNode) translate("parties.csv", """
                id,name,type,category,designations,users
                shinkai,"Shinkai, K.K.",carrier,line-installing,specified-user-info,8000000
                """).inventory();
        MapNode party = (MapNode) Trees.items(parties, "parties").get(0);
        assertThat(Trees.scalar(party, "name")).hasValue("Shinkai, K.K.");
        MapNode carrier = (MapNode) party.field("carrier").get().value();
        assertThat(Trees.scalar(carrier, "users")).hasValue("8000000");
        assertThat(((ScalarNode) carrier.field("users").get().value()).kind()).isEqualTo(ScalarKind.INTEGER);

        MapNode connections = (MapNode) translate("connections.csv", """
                id,kind,between,point
                ix-1,interconnect,a;b,"MDF ""3F"", rack 12"
                """).inventory();
        MapNode connection = (MapNode) Trees.items(connections, "connections").get(0);
        assertThat(Trees.scalar((MapNode) connection.field("demarcation").get().value(), "point"))
                .hasValue("MDF \"3F\", rack 12");
    }

    @Test
    void quotedLineBreaksKeepTheLinesOfLaterRowsAndEmptyRowsAreReported() throws Exception {
        Translation translation = translate("resources.csv", "id,kind,owner,prefecture\r\n"
                + "vm-1,vm,kumo,\"Tokyo\r\n(east)\"\r\n\r\nvm-2,vm,kumo,Osaka\r\n");

        List<DocNode> rows = Trees.items((MapNode) translation.inventory(), "resources");
        assertThat(rows).extracting(DocNode::line).containsExactly(2, 5);
        assertThat(translation.coverage()).anySatisfy(line -> {
            assertThat(line.outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(line.line()).isEqualTo(4);
        });
    }

    @Test
    void headerAndSyntaxErrorsNameTheLineAndColumn() {
        TranslationException header = catchThrowableOfType(TranslationException.class, () -> translate("functions.csv",
                "id,kind,colour,owner,owner\nf,vnf,red,a,b\n"));
        assertThat(header.getMessage()).contains("1: column 3: unknown column 'colour' in functions.csv",
                "1: column 5: column 'owner' appears twice (first as column 4)");

        TranslationException quote = catchThrowableOfType(TranslationException.class, () -> translate("parties.csv",
                "id,name\nacme,\"Acme\nbroken\n"));
        assertThat(quote.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("never closed");
        });

        TranslationException wide = catchThrowableOfType(TranslationException.class, () -> translate("parties.csv",
                "id,name\nacme,Acme,extra\n"));
        assertThat(wide.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).isEqualTo("the row has 3 cells, the header 2");
        });
    }

    @Test
    void validationPathsAreNamedAsColumns() {
        assertThat(csv.sourcePath("functions[3].owner")).isEqualTo("column 'owner'");
        assertThat(csv.sourcePath("functions[3].requires[1]")).isEqualTo("column 'requires', item 2");
        assertThat(csv.sourcePath("services[0].requires[0].anyOf[1]")).isEqualTo("column 'requires', item 1");
        assertThat(csv.sourcePath("parties[0].carrier.category")).isEqualTo("column 'category'");
        assertThat(csv.sourcePath("resources[2].attributes.vendor")).isEqualTo("column 'attributes.vendor'");
        assertThat(csv.sourcePath("functions[3]")).isEqualTo("row");
        assertThat(csv.sourcePath("source")).isEqualTo("source");
    }

    private Translation translate(String name, String content) throws TranslationException {
        return csv.translate(new InputFile(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(DocNode list) {
        return ((ListNode) list).items().stream().map(item -> ((ScalarNode) item).text()).toList();
    }
}

package demarc.api.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import demarc.model.decision.CrossingService;
import demarc.model.decision.DutyDecision;
import demarc.model.decision.PartyRef;
import demarc.model.decision.PathStep;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RecordRendererTest {

    record Note(String id, Integer users, List<String> tags, String text) {
    }

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final RecordRenderer renderer = new RecordRenderer(mapper);

    private static final DutyDecision VM_ROW = new DutyDecision("shinkai", "shinkai-voice", "kumo-vm-ims-a", "vm",
            "kumo", "kumo", "in-scope", true, "shinkai", List.of(), "jp-2024/core-function",
            "施行規則27条の2 二・三", "jp-2024", List.of("voice-class service", "core function: switching"),
            List.of("設備規則4", "設備規則5"),
            List.of(new PathStep("shinkai-voice", null), new PathStep("sk-ims", "requires"),
                    new PathStep("kumo-vm-ims-a", "any-of")));

    private static final List<Note> NOTES = List.of(
            new Note("a", 8_000_000, List.of("voice", "data"), "plain"),
            new Note("b", null, List.of(), "say \"hi\", then\nleave"));

    @Test
    void tableAlignsColumnsAndRightAlignsNumbers() {
        String table = renderer.render(OutputFormat.TABLE, Note.class, NOTES, null);

        assertThat(table.lines().toList()).containsExactly(
                "id    users  tags         text",
                "--  -------  -----------  --------------------",
                "a   8000000  voice, data  plain",
                "b         -  -            say \"hi\", then leave");
    }

    @Test
    void tableCountsJapaneseCharactersAsTwoColumns() {
        record Point(String point, String status) {
        }
        String table = renderer.render(OutputFormat.TABLE, Point.class,
                List.of(new Point("大手町3F", "ok"), new Point("rack 12", "ok")), null);

        List<String> lines = table.lines().toList();
        // "大手町3F" takes 8 terminal columns and "rack 12" 7: the shorter one gets one more space.
        assertThat(lines.get(2)).isEqualTo("大手町3F  ok");
        assertThat(lines.get(3)).isEqualTo("rack 12   ok");
    }

    @Test
    void tableOfNoRowsStillNamesTheColumns() {
        assertThat(renderer.render(OutputFormat.TABLE, Note.class, List.of(), null))
                .isEqualTo("id  users  tags  text\n--  -----  ----  ----\n");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksPerRfc4180() {
        String csv = renderer.render(OutputFormat.CSV, Note.class, NOTES, null);

        assertThat(csv).isEqualTo("id,users,tags,text\r\n"
                + "a,8000000,\"voice, data\",plain\r\n"
                + "b,,,\"say \"\"hi\"\", then\nleave\"\r\n");
    }

    @Test
    void csvFlattensPathsAndLists() {
        String csv = renderer.render(OutputFormat.CSV, DutyDecision.class, List.of(VM_ROW),
                List.of("element", "status", "thirdParty", "dutyBearer", "standards", "path"));

        assertThat(csv).isEqualTo("element,status,thirdParty,dutyBearer,standards,path\r\n"
                + "kumo-vm-ims-a,in-scope,true,shinkai,\"設備規則4, 設備規則5\","
                + "shinkai-voice > sk-ims > kumo-vm-ims-a\r\n");
    }

    @Test
    void markdownEscapesPipesAndLineBreaksAndAlignsNumbersRight() {
        record Cell(String text, long users) {
        }
        String md = renderer.render(OutputFormat.MD, Cell.class, List.of(new Cell("a|b\nc", 3)), null);

        assertThat(md).isEqualTo("| text | users |\n| --- | ---: |\n| a\\|b<br>c | 3 |\n");
    }

    @Test
    void nestedRecordsReadAsFirstComponentWithTheRestInParentheses() {
        record Boundary(List<PartyRef> parties, List<CrossingService> services) {
        }
        Boundary boundary = new Boundary(
                List.of(new PartyRef("shinkai", "Shinkai Mobile", "carrier", "JP"),
                        new PartyRef("kumo", null, "cloud", "US")),
                List.of(new CrossingService("shinkai-voice", "shinkai", List.of(
                        new PathStep("shinkai-voice", null), new PathStep("sk-ims", "requires"),
                        new PathStep("sk-noc", "managed-by")))));

        TextTable table = TextTable.of(Boundary.class, List.of(boundary));

        assertThat(table.rows().get(0)).containsExactly(
                "shinkai (Shinkai Mobile, carrier, JP); kumo (cloud, US)",
                "shinkai-voice (shinkai, shinkai-voice > sk-ims > managed by sk-noc)");
    }

    @Test
    void jsonCarriesEveryFieldWhateverTheColumns() {
        String json = renderer.render(OutputFormat.JSON, DutyDecision.class, List.of(VM_ROW), List.of("element"));

        JsonNode row = mapper.readTree(json).get(0);
        assertThat(row.get("element").asString()).isEqualTo("kumo-vm-ims-a");
        assertThat(row.get("thirdParty").asBoolean()).isTrue();
        assertThat(row.get("dutyBearer").asString()).isEqualTo("shinkai");
        assertThat(row.get("path").get(2).get("via").asString()).isEqualTo("any-of");
        assertThat(row.get("citation").asString()).isEqualTo("施行規則27条の2 二・三");
    }

    @Test
    void selectingAnUnknownColumnNamesTheKnownOnes() {
        assertThatThrownBy(() -> renderer.render(OutputFormat.TABLE, Note.class, NOTES, List.of("id", "colour")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown column 'colour', expected some of id, users, tags, text");
    }

    @Test
    void formatWordsAreCaseInsensitive() {
        assertThat(OutputFormat.fromWire("MD")).isEqualTo(OutputFormat.MD);
        assertThatThrownBy(() -> OutputFormat.fromWire("xml"))
                .hasMessage("unknown format 'xml', expected one of table, json, csv, md");
    }
}

package demarc.importer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Detection from content: each format recognises its own files and nobody else's. */
class FormatsTest {

    private final Formats formats = Formats.standard();

    @Test
    void theNativeFormatIsRecognisedInYamlAndJsonByItsVersionKey() {
        assertThat(detected("net.yaml", "# a comment\ninventory: 1\nsource: x\n")).hasValue("inventory");
        assertThat(detected("body", "{\"source\": \"x\", \"parties\": [{\"inventory\": 2}], \"inventory\": 1}"))
                .hasValue("inventory");
        assertThat(detected("net.json", "{\"parties\": [{\"inventory\": 1}]}"))
                .as("a nested key is not the document's").isEmpty();
        assertThat(detected("net.yaml", "source: x\nparties:\n  - inventory: 1\n")).isEmpty();
    }

    @Test
    void anOverlayIsRecognisedByItsVersionKey() {
        assertThat(detected("placement.yaml", "overlay: 1\nsource: p\nbind: []\n")).hasValue("overlay");
        assertThat(detected("placement.json", "{\"overlay\": 1, \"source\": \"p\"}")).hasValue("overlay");
    }

    @Test
    void aCsvFileIsRecognisedByItsNameOrAHeaderOnlyOneSectionHas() {
        assertThat(detected("net/parties.csv", "id,name,type\nacme,Acme,carrier\n")).hasValue("csv");
        assertThat(detected("net/site-a_functions.csv", "id,kind,owner\n")).hasValue("csv");
        assertThat(detected("export.csv", "id,name,provider,class\n")).as("only services have a provider")
                .hasValue("csv");
        assertThat(detected("export.csv", "id,kind,owner\n")).as("functions and resources share columns").isEmpty();
        assertThat(detected("parties.txt", "id,name,type\n")).isEmpty();
    }

    @Test
    void otherFilesAreRecognisedByNone() {
        assertThat(detected("README.md", "# Corpus\n\nsource: nothing\n")).isEmpty();
        assertThat(detected("vnfd.yaml", "tosca_definitions_version: tosca_simple_yaml_1_2\n")).isEmpty();
        assertThat(detected("broken.json", "{\"inventory\": ")).isEmpty();
    }

    @Test
    void formatsAreFoundByIdAndAnUnknownIdNamesTheKnownOnes() throws Exception {
        assertThat(formats.ids()).startsWith("inventory, overlay, csv");
        assertThat(formats.byId("csv")).containsInstanceOf(CsvFormat.class);
        assertThatThrownBy(() -> new FormatImporter(null, formats).importFile(
                new InputFile("x.yaml", new byte[0]), "tosca"))
                .isInstanceOf(UnknownFormatException.class)
                .hasMessage("unknown format 'tosca' (formats: " + formats.ids() + ")");
    }

    private Optional<String> detected(String name, String content) {
        return formats.detect(new InputFile(name, content.getBytes(StandardCharsets.UTF_8))).map(InventoryFormat::id);
    }
}

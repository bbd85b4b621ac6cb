package demarc.importer.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gathering a unit: name order, and the siblings a file reaches (a TOSCA import) in its archive or on disk. */
class ImportUnitTest {

    @TempDir
    Path temp;

    @Test
    void anArchiveEntryReachesTheOtherEntriesAndNothingOutside() throws Exception {
        byte[] zip = zip(Map.of("pkg/Definitions/top.yaml", "top", "pkg/Common/types.yaml", "types",
                "pkg/TOSCA-Metadata/TOSCA.meta", "meta"));

        ImportUnit unit = ImportUnit.ofFiles("body", List.of(new InputFile("pkg.zip", zip)));

        assertThat(unit.members()).extracting(member -> member.file().name()).containsExactly(
                "pkg.zip!/pkg/Common/types.yaml", "pkg.zip!/pkg/Definitions/top.yaml",
                "pkg.zip!/pkg/TOSCA-Metadata/TOSCA.meta");
        InputFile top = unit.members().get(1).file();
        assertThat(top.sibling("../Common/types.yaml")).hasValueSatisfying(types -> {
            assertThat(types.name()).isEqualTo("pkg.zip!/pkg/Common/types.yaml");
            assertThat(types.text()).isEqualTo("types");
            assertThat(types.sibling("../TOSCA-Metadata/TOSCA.meta").map(InputFile::text)).hasValue("meta");
        });
        assertThat(top.sibling("../../../etc/passwd")).isEmpty();
        assertThat(top.sibling("/etc/passwd")).isEmpty();
        assertThat(top.sibling("http://example.org/types.yaml")).isEmpty();
        assertThat(new InputFile("body.yaml", new byte[0]).sibling("types.yaml")).isEmpty();
    }

    @Test
    void aFileReadFromDiskReachesTheFilesBesideIt() throws Exception {
        Path definitions = Files.createDirectories(temp.resolve("csar/Definitions"));
        Files.writeString(definitions.resolve("top.yaml"), "top");
        Files.writeString(definitions.resolve("types.yaml"), "types");

        ImportUnit unit = ImportUnit.ofPaths(List.of(definitions.resolve("top.yaml")));

        InputFile top = unit.members().get(0).file();
        assertThat(top.sibling("types.yaml")).hasValueSatisfying(types -> {
            assertThat(types.name()).isEqualTo(definitions.resolve("types.yaml").toString());
            assertThat(types.text()).isEqualTo("types");
        });
        assertThat(top.sibling("missing.yaml")).isEmpty();
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(entries).descendingMap().entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

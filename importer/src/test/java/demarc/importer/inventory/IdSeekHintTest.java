package demarc.importer.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every importer statement that finds a node by its id tells the planner to seek it in the id index. Without the
 * hint the planner, planning a statement on a nearly empty store (the first documents of a fresh one), may scan
 * that index for every row instead (a plain {@code USING INDEX} allows that too); inside the import's transaction
 * each scan also reads every node the transaction has created, so a document of 30,000 elements stalled for
 * minutes (BENCHMARKS.md).
 */
class IdSeekHintTest {

    private static final Path STATEMENTS = Path.of("src/main/resources/demarc/importer");
    private static final Pattern MATCH_BY_ID = Pattern.compile("MATCH \\((\\w+):(\\w+) \\{id: [^}]+\\}\\)");

    @Test
    void everyMatchOfANodeByIdCarriesAnIndexHint() throws IOException {
        List<String> matches = new ArrayList<>();
        List<String> unhinted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(STATEMENTS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".cypher")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher match = MATCH_BY_ID.matcher(lines.get(i));
                    while (match.find()) {
                        String where = file.getFileName() + ":" + (i + 1);
                        matches.add(where);
                        String hint = "USING INDEX SEEK " + match.group(1) + ":" + match.group(2) + "(id)";
                        if (!lines.get(i).contains(hint)) {
                            unhinted.add(where + " wants " + hint);
                        }
                    }
                }
            }
        }
        assertThat(matches).hasSizeGreaterThan(20);
        assertThat(unhinted).isEmpty();
    }
}

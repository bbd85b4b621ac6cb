package demarc.api.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import demarc.api.generate.NetworkGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demarc generate --elements N}: writes a synthetic carrier network as inventory documents. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a synthetic network of about N elements, shaped like real carriers and clouds, as",
                "inventory documents numbered in import order (import them with: demarc import DIR/*.yaml).",
                "The same seed gives the same documents. Needs no database."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--elements", paramLabel = "N", required = true,
            description = "About how many functions and resources (at least 100).")
    long elements;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: 1).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "generated",
            description = "Folder to write the documents to (default: ./generated); files of the same names are "
                    + "overwritten.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (elements < 100) {
            throw new BadInputException("--elements must be at least 100, was " + elements);
        }
        List<NetworkGenerator.Document> documents = new NetworkGenerator(elements, seed).documents();
        Files.createDirectories(out);
        long total = 0;
        for (NetworkGenerator.Document document : documents) {
            Files.writeString(out.resolve(document.fileName()), document.text(), StandardCharsets.UTF_8);
            total += document.elements();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + documents.size() + " documents with " + total + " elements to " + out);
        stdout.flush();
        return ExitCode.OK;
    }
}

package demarc.api.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import demarc.api.check.CheckFormat;
import demarc.api.check.CheckRenderer;
import demarc.api.check.CheckReport;
import demarc.api.check.DesignCheck;
import demarc.api.check.DesignFile;
import demarc.api.check.FailOn;
import demarc.queries.rulebook.Regimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code demarc check DESIGN...}: a design review in a scratch graph, for people and for CI. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluates proposed inventory documents in a scratch graph (the stored graph is only read)",
                "and reports new third-party duties, demarcation gaps, third-party single points of failure and",
                "the accident exposure of the services they affect, each at the file and line that causes it.",
                "With --against current the designs are imported on top of a copy of the stored inventory and",
                "only what they add, change or remove is reported. A design that is not a valid document exits 2",
                "with every error as file:line: path: message."})
final class CheckCommand extends ContextCommand {

    /** The only graph a design can be checked against so far. */
    static final String CURRENT = "current";

    @Parameters(paramLabel = "DESIGN", arity = "1..*", description = "Inventory documents, imported in this order.")
    List<Path> files;

    @Option(names = "--against", paramLabel = "GRAPH",
            description = "'current': import the designs on top of a copy of the stored inventory.")
    String against;

    @Option(names = "--fail-on", paramLabel = "FINDING", converter = FailOnConverter.class,
            completionCandidates = FailOnWords.class,
            description = "Exit 1 when an open finding is of this kind: duty, gap, spof or any.")
    FailOn failOn;

    @Option(names = "--regime", paramLabel = "ID", description = "Rulebook regime (default: the rulebook's default).")
    String regime;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            converter = FormatConverter.class, completionCandidates = FormatWords.class,
            description = "table, json, md (a pull-request comment) or sarif (default: ${DEFAULT-VALUE}).")
    CheckFormat format;

    @Override
    public Integer call() throws Exception {
        if (against != null && !CURRENT.equals(against)) {
            throw new BadInputException("--against takes 'current' (the stored inventory), not '" + against + "'");
        }
        List<DesignFile> designs = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new BadInputException("cannot read " + file + ": no such file");
            }
            try {
                designs.add(new DesignFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        DesignCheck.read(designs);
        return withApplication(context -> {
            if (regime != null) {
                context.getBean(Regimes.class).get(regime);
            }
            CheckReport report = context.getBean(DesignCheck.class).check(designs, against != null, regime);
            out().print(new CheckRenderer(context.getBean(JsonMapper.class)).render(format, report));
            out().flush();
            long failing = failOn == null ? 0 : report.findings().stream().filter(failOn::matches).count();
            if (failing == 0) {
                return ExitCode.OK;
            }
            note(failing + (failing == 1 ? " open finding is" : " open findings are") + " '" + failOn.wire()
                    + "' (--fail-on)");
            return ExitCode.FINDINGS;
        });
    }

    static final class FailOnConverter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            return FailOn.fromWire(value);
        }
    }

    static final class FailOnWords implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(FailOn.values()).map(FailOn::wire).iterator();
        }
    }

    static final class FormatConverter implements ITypeConverter<CheckFormat> {
        @Override
        public CheckFormat convert(String value) {
            return CheckFormat.fromWire(value);
        }
    }

    static final class FormatWords implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(CheckFormat.values()).map(CheckFormat::wire).iterator();
        }
    }
}

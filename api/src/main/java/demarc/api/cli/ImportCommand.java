package demarc.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import demarc.api.audit.SourceDigest;
import demarc.importer.document.ImportLimits;
import demarc.importer.format.FormatImporter;
import demarc.importer.format.Formats;
import demarc.importer.format.InventoryFormat;
import demarc.importer.format.UnitReport;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.InventoryRejectedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code demarc import PATH... [--format F] [--types DIR]...}: loads files of any format demarc reads, as one unit. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports files, directories (recursively) and zip archives as ONE unit, all or nothing: every",
                "file is translated and validated (references may point into other files of the unit or the graph)",
                "before anything is written. Each file's format is detected from its content. Re-importing a source",
                "replaces what it said before; other sources stay. The report lists, per file, what was mapped, what",
                "was skipped and why, and what stays unknown; files of a directory or archive that no format reads",
                "are listed as skipped. A rejected unit lists every error as file:line: path: message and exits 2.",
                "An import taking over 2 s shows its progress on stderr (a bar on a terminal, a line every 10 s",
                "otherwise) and ends with a one-line summary; -q shows neither. An import of a source that another",
                "import is writing waits for it to finish."})
final class ImportCommand extends ContextCommand {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read the named files as this format instead of detecting it; in directories and archives,"
                    + " only the files it recognises are read.")
    String format;

    @Option(names = "--types", paramLabel = "DIR",
            description = "A folder where ETSI SOL001 imports that are not in the package are looked up (after the"
                    + " importing file's folder, before the bundled SOL001 type files); repeatable. For shared type"
                    + " files a packaging step would copy into each package, as Tacker's tests do.")
    List<Path> types = new ArrayList<>();

    /** How much of each file's coverage the report prints. */
    enum Coverage { all, gaps }

    @Option(names = "--coverage", paramLabel = "all|gaps", defaultValue = "gaps",
            description = "gaps (default): list what was skipped and what stays unknown, count what was mapped;"
                    + " all: list every mapped entry too.")
    Coverage coverage;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories and zip archives.")
    List<Path> paths;

    /** Lists the formats of this build below the options of {@code demarc import --help}. */
    static void describeFormats(CommandLine command) {
        List<String> footer = new ArrayList<>(List.of("", "Formats (--format):"));
        for (InventoryFormat known : Formats.standard().all()) {
            footer.add(String.format("  %-10s %s", known.id(), known.description()));
        }
        command.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
    }

    @Override
    public Integer call() throws Exception {
        for (Path path : paths) {
            if (!Files.isReadable(path) || !Files.isRegularFile(path) && !Files.isDirectory(path)) {
                throw new BadInputException("cannot read " + path + ": no such file or directory");
            }
        }
        for (Path folder : types) {
            if (!Files.isDirectory(folder)) {
                throw new BadInputException("--types " + folder + ": not a directory");
            }
        }
        if (format != null && Formats.standard().byId(format).isEmpty()) {
            throw new BadInputException("unknown format '" + format + "' (formats: " + Formats.standard().ids() + ")");
        }
        long began = System.nanoTime();
        AtomicReference<Map<String, Integer>> counts = new AtomicReference<>();
        int exitCode = ExitCode.FAILURE;
        try {
            exitCode = withApplication(context -> {
                FormatImporter importer = types.isEmpty() ? context.getBean(FormatImporter.class)
                        : new FormatImporter(context.getBean(InventoryImporter.class),
                                Formats.standard(types, context.getBean(ImportLimits.class)));
                UnitReport report = connection.quiet ? importer.importPaths(paths, format) : withProgress(importer);
                counts.set(report.counts());
                if (!connection.quiet) {
                    out().print(report.summary(coverage == Coverage.all));
                    out().flush();
                }
                return ExitCode.OK;
            });
            return exitCode;
        } catch (Exception e) {
            InventoryRejectedException rejected = FailureHandler.find(e, InventoryRejectedException.class);
            if (rejected != null) {
                exitCode = ExitCode.BAD_INPUT;
                counts.set(Map.of("errors", rejected.errors().size()));
            }
            throw e;
        } finally {
            CliAudit.record(connection.storeFolder(), "import", auditOptions(), exitCode, SourceDigest.of(paths),
                    counts.get(), began);
        }
    }

    /** The command's options and paths, as the audit records them. */
    private Map<String, List<String>> auditOptions() {
        Map<String, List<String>> options = new LinkedHashMap<>();
        options.put("path", paths.stream().map(Path::toString).toList());
        if (format != null) {
            options.put("format", List.of(format));
        }
        if (!types.isEmpty()) {
            options.put("types", types.stream().map(Path::toString).toList());
        }
        return options;
    }

    /** Imports with a progress display on stderr, which gives way to a one-line summary (or to the errors). */
    private UnitReport withProgress(FormatImporter importer) throws Exception {
        ImportProgress progress = ImportProgress.onStderr(spec.commandLine().getErr());
        UnitReport report;
        try {
            report = importer.importPaths(paths, format, progress);
        } catch (Exception e) {
            progress.abandoned();
            throw e;
        }
        progress.finished(report);
        return report;
    }
}

package demarc.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import demarc.importer.inventory.ImportReport;
import demarc.importer.inventory.InventoryError;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.InventoryRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code demarc import FILE...}: loads inventory documents into the graph. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports inventory documents (YAML or JSON, see inventory-format.md), each whole or not",
                "at all. Re-importing a source replaces what it said before; other sources stay. A rejected",
                "document lists every error as file:line: path: message and the command exits 2; the other",
                "documents are still imported."})
final class ImportCommand extends ContextCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Inventory documents, imported in this order.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new BadInputException("cannot read " + file + ": no such file");
            }
        }
        return withApplication(context -> {
            InventoryImporter importer = context.getBean(InventoryImporter.class);
            List<InventoryError> errors = new ArrayList<>();
            for (Path file : files) {
                try {
                    ImportReport report = importer.importFile(file);
                    if (!connection.quiet) {
                        out().print(report.summary());
                        out().flush();
                    }
                } catch (InventoryRejectedException rejected) {
                    errors.addAll(rejected.errors());
                }
            }
            if (!errors.isEmpty()) {
                throw new InventoryRejectedException(errors);
            }
            return ExitCode.OK;
        });
    }
}

package demarc.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import demarc.api.access.ApiKey;
import demarc.api.access.ApiKeyStore;
import demarc.api.access.NewApiKey;
import demarc.api.access.Role;
import demarc.api.output.RecordRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code demarc keys create|list|revoke}: the API keys of a store (demarc.api.access.ApiKeyStore). Works on the
 * key file alone, without starting the application; a running server sees the change at its next request.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Manages the API keys of a store. Once a key exists every request to the API needs one",
                "(Authorization: Bearer KEY) with a role allowed on the endpoint; 'serve --bind' beyond localhost",
                "needs an active key. Roles: regulator (reads everything, audit included), architect (reads, runs",
                "checks and what-if), inventory (imports), admin (everything)."},
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("demarc keys: missing command: create, list or revoke");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }

    /** The store option of the key commands. */
    static final class Store {
        @Option(names = "--db", paramLabel = "DIR",
                description = "Folder of the store whose keys these are (default: ./data, env DEMARC_DB).")
        Path db;

        @Option(names = {"-q", "--quiet"}, description = "Print only the answer: no notes on stderr.")
        boolean quiet;

        Path folder() {
            return ConnectionOptions.storeFolder(db);
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Creates a key and prints it on stdout, once: demarc keeps only its SHA-256."})
    static final class Create implements Callable<Integer> {
        @Mixin
        Store store;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "regulator, architect, inventory or admin.")
        String role;

        @Option(names = "--name", paramLabel = "NAME",
                description = "A name for the key, as the audit and 'keys list' show it (default: ROLE-N).")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            long began = System.nanoTime();
            Role chosen;
            NewApiKey created;
            try {
                chosen = Role.fromWire(role);
                created = ApiKeyStore.in(store.folder()).create(chosen, name);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(created.secret());
            out.flush();
            if (!store.quiet) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("Created the key '" + created.key().name() + "' with the role " + chosen.wire()
                        + ". It is printed above this once: keep it now. demarc stores only its SHA-256, in "
                        + ApiKeyStore.in(store.folder()).file() + ".");
                err.flush();
            }
            Map<String, List<String>> options = new LinkedHashMap<>();
            options.put("role", List.of(chosen.wire()));
            options.put("name", List.of(created.key().name()));
            CliAudit.record(store.folder(), "keys create", options, ExitCode.OK, null, null, began);
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Lists the keys: name, role, when created and revoked; never a key or its hash."})
    static final class ListKeys implements Callable<Integer> {
        @Mixin
        Store store;

        @Mixin
        QueryOptions query;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            query.check(ApiKey.Listed.class);
            List<ApiKey.Listed> keys = ApiKeyStore.in(store.folder()).list().stream().map(ApiKey::listed).toList();
            query.print(spec.commandLine().getOut(), new RecordRenderer(JsonMapper.builder().build()),
                    ApiKey.Listed.class, keys, null);
            return ExitCode.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Revokes the active key NAME at once, also for a running server; it stays listed."})
    static final class Revoke implements Callable<Integer> {
        @Mixin
        Store store;

        @Parameters(paramLabel = "NAME", description = "The key's name, as 'keys list' shows it.")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            long began = System.nanoTime();
            ApiKey revoked;
            try {
                revoked = ApiKeyStore.in(store.folder()).revoke(name);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            if (!store.quiet) {
                spec.commandLine().getErr().println("Revoked the key '" + revoked.name() + "' (" + revoked.role()
                        + ").");
                spec.commandLine().getErr().flush();
            }
            CliAudit.record(store.folder(), "keys revoke", Map.of("name", List.of(revoked.name())), ExitCode.OK,
                    null, null, began);
            return ExitCode.OK;
        }
    }
}

package demarc.api.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A load test over HTTP (docs/load.md): {@code clients} clients, a thread each (Java 17 has no virtual threads),
 * send requests back to back for a fixed time to a demarc API holding the demo network, mixing what reviewers
 * ask (duties, demarcations, chains, what-if) with small imports, each client importing a source of its own. Every
 * request's latency is kept; an error is any answer other than 2xx, or none.
 */
public final class LoadRun {

    /** What the clients send, and how often: weights out of {@link #WEIGHT_TOTAL}. */
    enum Operation {
        DUTIES(30), DEMARCATIONS(20), CHAIN(20), WHATIF(20), IMPORT(10);

        final int weight;

        Operation(int weight) {
            this.weight = weight;
        }
    }

    private static final int WEIGHT_TOTAL = 100;
    private static final String[] CARRIERS = {"shinkai", "tsunagu", "hikari"};
    private static final String[] SERVICES = {"shinkai-voice", "shinkai-data", "shinkai-iot", "tsunagu-phone",
            "hikari-isp"};
    private static final String[] ZONES = {"kumo-az-tokyo-1", "kumo-az-tokyo-2", "kumo-az-osaka-1"};
    /** How long one request may take before it counts as an error: far beyond any answer seen. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    /** The first import of a fresh application also warms it up (Cypher planning, JIT): not measured, so patient. */
    private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(15);
    private static final int ERROR_SAMPLES = 20;

    /**
     * @param api      the API's base, e.g. {@code http://127.0.0.1:8080/api/v1}
     * @param clients  how many clients send at once
     * @param duration how long they keep sending; requests under way at the end are waited for and counted
     * @param seed     the seed of each client's mix (client {@code i} uses {@code seed + i})
     */
    public record Options(URI api, int clients, Duration duration, long seed) {
    }

    private final Options options;
    private final HttpClient http;

    public LoadRun(Options options) {
        this.options = options;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Imports {@code demoNetwork} (the state the queries read), then runs the clients and reports. */
    public LoadReport run(String demoNetwork, Consumer<String> progress) throws Exception {
        Result setup = send(patient(post("/imports", "application/yaml", demoNetwork)));
        if (setup.error() != null) {
            throw new IllegalStateException("the demo network could not be imported at " + options.api() + ": "
                    + setup.error());
        }
        // one request of each kind first, unmeasured: the first of a kind plans its Cypher and warms the JIT (the
        // import under the next client number, a source no client uses)
        for (HttpRequest request : warmUp()) {
            Result warm = send(patient(request));
            if (warm.error() != null) {
                throw new IllegalStateException("the warm-up request failed: " + warm.error());
            }
        }
        progress.accept(options.clients() + " clients for " + options.duration().toSeconds() + " s against "
                + options.api() + " ...");
        ExecutorService pool = Executors.newFixedThreadPool(options.clients());
        long start = System.nanoTime();
        long deadline = start + options.duration().toNanos();
        try {
            List<Future<ClientLog>> clients = new ArrayList<>();
            for (int i = 0; i < options.clients(); i++) {
                int client = i;
                clients.add(pool.submit(() -> runClient(client, deadline)));
            }
            List<ClientLog> logs = new ArrayList<>();
            for (Future<ClientLog> client : clients) {
                logs.add(client.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return LoadReport.of(options.clients(), options.duration().toSeconds(), seconds, logs, ERROR_SAMPLES);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client: requests back to back until the deadline, each chosen by the client's seeded mix. */
    private ClientLog runClient(int client, long deadline) {
        SplittableRandom random = new SplittableRandom(options.seed() + client);
        ClientLog log = new ClientLog();
        int imports = 0;
        while (System.nanoTime() < deadline) {
            Operation operation = pick(random.nextInt(WEIGHT_TOTAL));
            HttpRequest request = switch (operation) {
                case DUTIES -> get("/duties?carrier=" + CARRIERS[random.nextInt(CARRIERS.length)]);
                case DEMARCATIONS -> get("/demarcations");
                case CHAIN -> get("/chains/" + SERVICES[random.nextInt(SERVICES.length)]);
                case WHATIF -> post("/whatif", "application/json", "{\"failed\": [\""
                        + ZONES[random.nextInt(ZONES.length)] + "\"], \"hours\": 3}");
                case IMPORT -> post("/imports", "application/yaml", smallImport(client, imports++));
            };
            long began = System.nanoTime();
            Result result = send(request);
            log.record(operation, System.nanoTime() - began, result.error());
        }
        return log;
    }

    /** The same request with the setup's timeout. */
    private static HttpRequest patient(HttpRequest request) {
        return HttpRequest.newBuilder(request, (name, value) -> true).timeout(SETUP_TIMEOUT).build();
    }

    private List<HttpRequest> warmUp() {
        return List.of(get("/duties?carrier=" + CARRIERS[0]), get("/demarcations"), get("/chains/" + SERVICES[0]),
                post("/whatif", "application/json", "{\"failed\": [\"" + ZONES[0] + "\"], \"hours\": 3}"),
                post("/imports", "application/yaml", smallImport(options.clients(), 0)));
    }

    private static Operation pick(int roll) {
        int bound = 0;
        for (Operation operation : Operation.values()) {
            bound += operation.weight;
            if (roll < bound) {
                return operation;
            }
        }
        throw new IllegalArgumentException("roll " + roll + " beyond " + WEIGHT_TOTAL);
    }

    /**
     * A client's own source: a cloud party and one VM it owns on a zone of the demo network. The VM's id changes
     * with every import, so each re-import also sweeps the VM the previous one stated.
     */
    static String smallImport(int client, int sequence) {
        String party = "load-cloud-" + client;
        return "inventory: 1\n"
                + "source: load-client-" + client + "\n"
                + "parties:\n"
                + "  - {id: " + party + ", name: \"Load Cloud " + client + "\", country: JP, type: cloud}\n"
                + "resources:\n"
                + "  - {id: " + party + "-vm-" + (sequence % 3) + ", kind: vm, owner: " + party
                + ", requires: [" + ZONES[client % ZONES.length] + "]}\n";
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).GET().build();
    }

    private HttpRequest post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private URI uri(String path) {
        return URI.create(options.api().toString() + path);
    }

    /** {@code error} is null for a 2xx answer, else what went wrong. */
    private record Result(String error) {
    }

    private Result send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return new Result(null);
            }
            String body = response.body().replaceAll("\\s+", " ");
            return new Result(request.method() + " " + request.uri().getPath() + ": " + response.statusCode()
                    + " " + body.substring(0, Math.min(body.length(), 300)));
        } catch (IOException e) {
            return new Result(request.method() + " " + request.uri().getPath() + ": no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(request.method() + " " + request.uri().getPath() + ": interrupted");
        }
    }

    /** What one client saw: latencies in nanoseconds and errors, per operation. Used by one thread only. */
    static final class ClientLog {

        final Map<Operation, long[]> latencies = new LinkedHashMap<>();
        final Map<Operation, Integer> counts = new LinkedHashMap<>();
        final Map<Operation, Integer> errors = new LinkedHashMap<>();
        final List<String> errorMessages = new ArrayList<>();

        void record(Operation operation, long nanos, String error) {
            int count = counts.getOrDefault(operation, 0);
            long[] values = latencies.computeIfAbsent(operation, key -> new long[64]);
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
                latencies.put(operation, values);
            }
            values[count] = nanos;
            counts.put(operation, count + 1);
            if (error != null) {
                errors.merge(operation, 1, Integer::sum);
                if (errorMessages.size() < ERROR_SAMPLES) {
                    errorMessages.add(error);
                }
            }
        }

        long[] latencies(Operation operation) {
            return Arrays.copyOf(latencies.getOrDefault(operation, new long[0]),
                    counts.getOrDefault(operation, 0));
        }
    }
}

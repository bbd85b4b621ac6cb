package demarc.api.load;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import demarc.api.load.LoadRun.ClientLog;
import demarc.api.load.LoadRun.Operation;

/**
 * What a {@link LoadRun} measured: requests, errors, throughput and latency percentiles, for all requests and per
 * operation, and up to {@code errorSamples} error messages.
 *
 * @param plannedSeconds how long the clients kept starting requests
 * @param seconds        from the first request to the last answer
 * @param operations     per operation ({@code duties}, ...) and {@code all}
 */
public record LoadReport(int clients, long plannedSeconds, double seconds, long requests, long errors,
                         double requestsPerSecond, Map<String, Stats> operations, List<String> errorSamples) {

    /** Latencies in milliseconds, by the nearest-rank method. */
    public record Stats(long requests, long errors, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

        static Stats of(long[] nanos, long errors) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Stats(sorted.length, errors, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted.length == 0 ? 0 : millis(sorted[sorted.length - 1]));
        }

        private static double percentile(long[] sorted, int percent) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return millis(sorted[Math.max(0, rank - 1)]);
        }

        private static double millis(long nanos) {
            return Math.round(nanos / 1e4) / 100.0;
        }
    }

    static LoadReport of(int clients, long plannedSeconds, double seconds, List<ClientLog> logs, int errorSamples) {
        Map<String, Stats> operations = new LinkedHashMap<>();
        List<long[]> all = new ArrayList<>();
        long errors = 0;
        List<String> samples = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            List<long[]> parts = logs.stream().map(log -> log.latencies(operation)).toList();
            long[] latencies = concat(parts);
            long operationErrors = logs.stream().mapToLong(log -> log.errors.getOrDefault(operation, 0)).sum();
            operations.put(operation.name().toLowerCase(), Stats.of(latencies, operationErrors));
            all.add(latencies);
            errors += operationErrors;
        }
        for (ClientLog log : logs) {
            log.errorMessages.stream().limit(Math.max(0, errorSamples - samples.size())).forEach(samples::add);
        }
        Stats total = Stats.of(concat(all), errors);
        operations.put("all", total);
        return new LoadReport(clients, plannedSeconds, Math.round(seconds * 10) / 10.0, total.requests(), errors,
                Math.round(total.requests() / seconds * 10) / 10.0, operations, samples);
    }

    private static long[] concat(List<long[]> parts) {
        long[] joined = new long[parts.stream().mapToInt(part -> part.length).sum()];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }

    /** The report as a table, then the error samples. */
    public void print(PrintWriter out) {
        out.printf("%d clients, %d s (%.1f s to the last answer): %d requests, %.1f requests/s, %d errors%n",
                clients, plannedSeconds, seconds, requests, requestsPerSecond, errors);
        out.printf("%-13s %9s %7s %9s %9s %9s %9s%n", "operation", "requests", "errors", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        operations.forEach((name, stats) -> out.printf("%-13s %9d %7d %9.1f %9.1f %9.1f %9.1f%n", name,
                stats.requests(), stats.errors(), stats.p50Ms(), stats.p95Ms(), stats.p99Ms(), stats.maxMs()));
        if (!errorSamples.isEmpty()) {
            out.println("First errors:");
            errorSamples.forEach(sample -> out.println("  " + sample));
        }
        out.flush();
    }
}

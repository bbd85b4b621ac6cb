package demarc.api.check;

import java.util.List;
import java.util.Map;

/**
 * The answer of a design check.
 *
 * @param designs        the design files, in the order they were imported
 * @param againstCurrent whether they were imported on top of a copy of the stored inventory
 * @param regime         the regime the decisions were taken under
 * @param open           per kind ({@code duty}, {@code gap}, {@code spof}), how many findings are open after the
 *                       design
 * @param findings       duty, gap, spof, then exposure findings, each by subject
 * @param timings        where the time went
 */
public record CheckReport(List<String> designs, boolean againstCurrent, String regime, Map<String, Integer> open,
                          List<Finding> findings, Timings timings) {

    /**
     * Milliseconds spent: starting the scratch graph (0 when it was already running), copying the stored inventory
     * into it, importing the designs, evaluating before and after, and in all.
     */
    public record Timings(long scratchStartMillis, long copyMillis, long importMillis, long evaluateMillis,
                          long totalMillis) {
    }
}

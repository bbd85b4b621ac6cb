package demarc.importer.inventory;

import java.util.ArrayList;
import java.util.List;

/** Splits rows into batches for {@code UNWIND $rows}: 10,000 rows keep the heap small and the server fast. */
final class Batches {

    static final int SIZE = 10_000;

    private Batches() {
    }

    static <T> List<List<T>> of(List<T> rows) {
        List<List<T>> batches = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += SIZE) {
            batches.add(rows.subList(start, Math.min(rows.size(), start + SIZE)));
        }
        return batches;
    }
}

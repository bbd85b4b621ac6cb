package demarc.api.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import demarc.importer.inventory.DocumentLines;
import demarc.importer.inventory.InventoryError;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.inventory.InventoryRejectedException;
import demarc.model.gate.GraphGate;
import demarc.queries.check.GraphEvaluation;
import demarc.queries.check.GraphEvaluation.Evaluation;
import demarc.queries.check.GraphExport;
import demarc.queries.rulebook.Regimes;

/**
 * The design check (issue 3, item 4): imports proposed designs into the {@link ScratchGraph} — on top of a copy of
 * the stored inventory when asked to check against it — and reports what they add, change and remove among the
 * third-party duties, demarcation gaps, third-party single points of failure and accident exposure, each finding
 * located at a line of a design. The stored graph is only read. Checks run one at a time: there is one scratch
 * graph, emptied before and after each.
 */
public final class DesignCheck {

    private final GraphExport stored;
    private final Regimes regimes;
    private final ScratchGraph scratch;

    public DesignCheck(GraphExport stored, Regimes regimes, ScratchGraph scratch) {
        this.stored = stored;
        this.regimes = regimes;
        this.scratch = scratch;
    }

    /**
     * @param designs        the documents, imported in this order
     * @param againstCurrent import them on top of a copy of the stored inventory, and report only what they change
     * @param regimeOrNull   the regime id, or the default regime
     * @throws InventoryRejectedException when a design is not a valid inventory document (on its own, or on top of
     *                                    what it is checked against); nothing is stored anywhere
     */
    public synchronized CheckReport check(List<DesignFile> designs, boolean againstCurrent, String regimeOrNull)
            throws InventoryRejectedException {
        if (designs.isEmpty()) {
            throw new IllegalArgumentException("name at least one design document");
        }
        long began = System.nanoTime();
        String regime = regimes.getOrDefault(regimeOrNull).id();
        List<DocumentLines> lines = read(designs);
        long startBefore = scratch.startMillis();
        scratch.driver();
        long scratchStart = startBefore == 0 ? scratch.startMillis() : 0;
        // the scratch graph is this check's alone: its own gate, shared by its importer and its evaluation
        GraphGate scratchGate = new GraphGate();
        GraphEvaluation evaluation = new GraphEvaluation(scratch.driver(), null, scratchGate, regimes);
        scratch.clear();
        try {
            long mark = System.nanoTime();
            long copy = 0;
            Evaluation before = Evaluation.empty();
            long evaluate = 0;
            if (againstCurrent) {
                scratch.copy(stored.snapshot());
                copy = millisSince(mark);
                mark = System.nanoTime();
                before = evaluation.evaluate(regime);
                evaluate = millisSince(mark);
            }
            mark = System.nanoTime();
            InventoryImporter importer = new InventoryImporter(scratch.driver(), null, scratchGate);
            for (DesignFile design : designs) {
                importer.importDocument(design.name(), design.content());
            }
            long imported = millisSince(mark);
            mark = System.nanoTime();
            Evaluation after = evaluation.evaluate(regime);
            evaluate += millisSince(mark);
            List<Finding> findings = FindingComparison.compare(before, after, new DesignLocator(lines));
            return new CheckReport(designs.stream().map(DesignFile::name).toList(), againstCurrent, regime,
                    openCounts(findings), findings,
                    new CheckReport.Timings(scratchStart, copy, imported, evaluate, millisSince(began)));
        } finally {
            scratch.clear();
        }
    }

    /**
     * Reads every design for its lines, checking syntax and shape as an import would, without any graph: a bad
     * design costs no scratch work (and, on the command line, no database start). All errors at once.
     */
    public static List<DocumentLines> read(List<DesignFile> designs) throws InventoryRejectedException {
        List<DocumentLines> lines = new ArrayList<>();
        List<InventoryError> errors = new ArrayList<>();
        for (DesignFile design : designs) {
            try {
                lines.add(DocumentLines.read(design.name(), design.content()));
            } catch (InventoryRejectedException rejected) {
                errors.addAll(rejected.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InventoryRejectedException(errors);
        }
        return lines;
    }

    private static Map<String, Integer> openCounts(List<Finding> findings) {
        Map<String, Integer> open = new LinkedHashMap<>();
        for (String kind : FindingComparison.FAILING_KINDS) {
            open.put(kind, (int) findings.stream().filter(f -> f.open() && kind.equals(f.kind())).count());
        }
        return open;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}

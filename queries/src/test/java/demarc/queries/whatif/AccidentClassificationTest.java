package demarc.queries.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import demarc.queries.rulebook.AccidentThreshold;
import demarc.queries.rulebook.Regime;
import demarc.queries.rulebook.Regimes;

/** The 施行規則58条② table of jp-2024, every row at its boundary; expectations are the law's, not the file's. */
class AccidentClassificationTest {

    static final Regime JP_2024 = Regimes.bundled().get("jp-2024");

    static List<AccidentThreshold> rows(String accidentClass) {
        return JP_2024.accidentThresholds().get(accidentClass);
    }

    @ParameterizedTest(name = "{0}: {1} users for {2} h → serious {3}")
    @CsvSource({
            // voice with emergency calls: 1 h and 30,000
            "voice-emergency, 30000, 0.99, false", "voice-emergency, 30000, 1, true",
            "voice-emergency, 30000, 1.01, true", "voice-emergency, 29999, 1, false",
            "voice-emergency, 30001, 1, true",
            // voice: 2 h and 30,000
            "voice, 30000, 1.99, false", "voice, 30000, 2, true", "voice, 30000, 2.01, true",
            "voice, 29999, 2, false", "voice, 30001, 2, true",
            // voice: 1 h and 100,000
            "voice, 100000, 0.99, false", "voice, 100000, 1, true", "voice, 100000, 1.01, true",
            "voice, 99999, 1, false", "voice, 100001, 1, true",
            // lpwa: 12 h and 30,000
            "lpwa, 30000, 11.99, false", "lpwa, 30000, 12, true", "lpwa, 30000, 12.01, true",
            "lpwa, 29999, 12, false", "lpwa, 30001, 12, true",
            // lpwa: 2 h and 1,000,000
            "lpwa, 1000000, 1.99, false", "lpwa, 1000000, 2, true", "lpwa, 1000000, 2.01, true",
            "lpwa, 999999, 2, false", "lpwa, 1000001, 2, true",
            // free internet services: 24 h and 100,000
            "internet-free, 100000, 23.99, false", "internet-free, 100000, 24, true",
            "internet-free, 100000, 24.01, true", "internet-free, 99999, 24, false",
            "internet-free, 100001, 24, true",
            // free internet services: 12 h and 1,000,000
            "internet-free, 1000000, 11.99, false", "internet-free, 1000000, 12, true",
            "internet-free, 1000000, 12.01, true", "internet-free, 999999, 12, false",
            "internet-free, 1000001, 12, true",
            // other: 2 h and 30,000
            "other, 30000, 1.99, false", "other, 30000, 2, true", "other, 30000, 2.01, true",
            "other, 29999, 2, false", "other, 30001, 2, true",
            // other: 1 h and 1,000,000
            "other, 1000000, 0.99, false", "other, 1000000, 1, true", "other, 1000000, 1.01, true",
            "other, 999999, 1, false", "other, 1000001, 1, true"})
    void everyRowAtItsBoundary(String accidentClass, long users, double hours, boolean serious) {
        assertThat(AccidentClassification.serious(rows(accidentClass), users, hours)).isEqualTo(serious);
    }

    @ParameterizedTest(name = "{0}: {1} users → serious after {2} h")
    @CsvSource({
            "voice-emergency, 29999, ", "voice-emergency, 30000, 1",
            "voice, 29999, ", "voice, 30000, 2", "voice, 99999, 2", "voice, 100000, 1",
            "lpwa, 29999, ", "lpwa, 30000, 12", "lpwa, 999999, 12", "lpwa, 1000000, 2",
            "internet-free, 99999, ", "internet-free, 100000, 24", "internet-free, 999999, 24",
            "internet-free, 1000000, 12",
            "other, 29999, ", "other, 30000, 2", "other, 999999, 2", "other, 1000000, 1"})
    void theShortestSeriousOutage(String accidentClass, long users, Double hours) {
        assertThat(AccidentClassification.seriousAfterHours(rows(accidentClass), users)).isEqualTo(hours);
    }

    @ParameterizedTest(name = "{0}: {1} users for {2} h → routine {3}")
    @CsvSource({
            "other, 29999, 1.99, false", "other, 29999, 2, true", "other, 30000, 0.5, true",
            "other, 30000, 2, false", "lpwa, 30000, 11.99, true", "lpwa, 30000, 12, false",
            "internet-free, 99999, 24, true"})
    void routineIsTheFloorWithoutTheSeriousOnes(String accidentClass, long users, double hours, boolean routine) {
        assertThat(AccidentClassification.routine(JP_2024.routineAccident(), rows(accidentClass), users, hours))
                .isEqualTo(routine);
    }
}

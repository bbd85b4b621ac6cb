package demarc.api.report;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import demarc.api.output.RecordRenderer;
import demarc.model.gate.GraphGate;
import demarc.queries.chain.ChainQuery;
import demarc.queries.demarcation.DemarcationQuery;
import demarc.queries.duty.DutyQuery;
import demarc.queries.exposure.ExposureQuery;
import demarc.queries.provenance.ProvenanceQuery;
import demarc.queries.rulebook.Regimes;
import tools.jackson.databind.json.JsonMapper;

/** The report builder and renderer; {@code demarc.report.font} names the PDF's Japanese font file (optional). */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    @Bean
    CarrierReports carrierReports(DutyQuery duties, DemarcationQuery demarcations, ExposureQuery exposure,
                                  ChainQuery chains, ProvenanceQuery provenance, GraphGate gate, Regimes regimes,
                                  JsonMapper json) {
        return new CarrierReports(duties, demarcations, exposure, chains, provenance, gate, regimes, json,
                Clock.systemUTC());
    }

    @Bean
    ReportRenderer reportRenderer(JsonMapper json, @Value("${demarc.report.font:}") String font) {
        return new ReportRenderer(new RecordRenderer(json), ReportRenderer.japaneseFont(font));
    }
}

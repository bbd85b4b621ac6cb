package demarc.api.neo4j;

import java.util.List;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.data.neo4j.aot.Neo4jManagedTypes;

import demarc.api.check.DesignCheck;
import demarc.api.check.ScratchGraph;
import demarc.importer.document.ImportLimits;
import demarc.importer.format.FormatImporter;
import demarc.importer.format.Formats;
import demarc.importer.inventory.InventoryImporter;
import demarc.importer.schema.GraphSchema;
import demarc.model.gate.GraphGate;
import demarc.queries.chain.ChainQuery;
import demarc.queries.check.GraphExport;
import demarc.queries.demarcation.DemarcationQuery;
import demarc.queries.duty.DutyDiffQuery;
import demarc.queries.duty.DutyQuery;
import demarc.queries.exposure.ExposureQuery;
import demarc.queries.lookup.LookupQuery;
import demarc.queries.lookup.SearchQuery;
import demarc.queries.provenance.ProvenanceQuery;
import demarc.queries.rulebook.Regimes;
import demarc.queries.whatif.SpofQuery;
import demarc.queries.whatif.WhatIfQuery;

/**
 * The importer and the decision queries, each on Boot's {@link Driver} and the database {@code demarc.neo4j.database}
 * (empty: the server's default), all passing one {@link GraphGate}: every read of the REST API, the web view and the
 * CLI sees the graph before an import of this process or after it, never between. The schema is applied once, when
 * the context starts, before the importer exists.
 */
@Configuration(proxyBeanMethods = false)
public class GraphConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GraphConfiguration.class);

    private final String database;

    GraphConfiguration(@Value("${demarc.neo4j.database:}") String database) {
        this.database = database.isBlank() ? null : database.strip();
    }

    /**
     * The application reads and writes the graph with its own Cypher and maps no entity. Without this bean Spring
     * Data Neo4j would scan {@code demarc.api} for {@code @Node} classes and map the benchmark's {@code saveAll}
     * entities ({@code demarc.api.bench.sdn}), which have a mapping context of their own.
     */
    @Bean
    Neo4jManagedTypes neo4jManagedTypes() {
        return Neo4jManagedTypes.empty();
    }

    @Bean
    GraphSchema graphSchema(Driver driver) {
        long began = System.nanoTime();
        GraphSchema schema = new GraphSchema(driver, database);
        schema.apply();
        log.info("graph constraints and indexes in place ({} ms)", (System.nanoTime() - began) / 1_000_000);
        return schema;
    }

    /** The one gate of this process: imports close it around their commits, the queries read through it. */
    @Bean
    GraphGate graphGate() {
        return new GraphGate();
    }

    @Bean
    @DependsOn("graphSchema")
    InventoryImporter inventoryImporter(Driver driver, GraphGate gate) {
        return new InventoryImporter(driver, database, gate);
    }

    /** What one imported file may ask of the importer (README, "Limits on imported files"). */
    @Bean
    ImportLimits importLimits(@Value("${demarc.import.max-file-bytes:67108864}") long maxFileBytes,
                              @Value("${demarc.import.max-string-length:1048576}") int maxStringLength,
                              @Value("${demarc.import.max-nesting-depth:40}") int maxNestingDepth,
                              @Value("${demarc.import.max-yaml-aliases:20}") int maxYamlAliases,
                              @Value("${demarc.import.max-values:5000000}") int maxValues) {
        return new ImportLimits(maxFileBytes, maxStringLength, maxNestingDepth, maxYamlAliases, maxValues);
    }

    @Bean
    FormatImporter formatImporter(InventoryImporter inventoryImporter, ImportLimits importLimits) {
        return new FormatImporter(inventoryImporter, Formats.standard(List.of(), importLimits));
    }

    @Bean
    Regimes regimes() {
        return Regimes.bundled();
    }

    @Bean
    DutyQuery dutyQuery(Driver driver, GraphGate gate, Regimes regimes) {
        return new DutyQuery(driver, database, gate, regimes);
    }

    @Bean
    DutyDiffQuery dutyDiffQuery(DutyQuery dutyQuery, GraphGate gate, Regimes regimes) {
        return new DutyDiffQuery(dutyQuery, gate, regimes);
    }

    @Bean
    DemarcationQuery demarcationQuery(Driver driver, GraphGate gate, Regimes regimes) {
        return new DemarcationQuery(driver, database, gate, regimes);
    }

    @Bean
    ChainQuery chainQuery(Driver driver, GraphGate gate) {
        return new ChainQuery(driver, database, gate);
    }

    @Bean
    LookupQuery lookupQuery(Driver driver, GraphGate gate) {
        return new LookupQuery(driver, database, gate);
    }

    @Bean
    SearchQuery searchQuery(Driver driver, GraphGate gate) {
        return new SearchQuery(driver, database, gate);
    }

    @Bean
    WhatIfQuery whatIfQuery(Driver driver, GraphGate gate, Regimes regimes) {
        return new WhatIfQuery(driver, database, gate, regimes);
    }

    @Bean
    SpofQuery spofQuery(Driver driver, GraphGate gate) {
        return new SpofQuery(driver, database, gate);
    }

    @Bean
    ExposureQuery exposureQuery(Driver driver, GraphGate gate, Regimes regimes) {
        return new ExposureQuery(driver, database, gate, regimes);
    }

    @Bean
    ProvenanceQuery provenanceQuery(Driver driver, GraphGate gate) {
        return new ProvenanceQuery(driver, database, gate);
    }

    @Bean
    GraphExport graphExport(Driver driver, GraphGate gate) {
        return new GraphExport(driver, database, gate);
    }

    /** Started on the first design check, stopped and deleted with the context. */
    @Bean(destroyMethod = "close")
    ScratchGraph scratchGraph() {
        return new ScratchGraph();
    }

    @Bean
    DesignCheck designCheck(GraphExport graphExport, Regimes regimes, ScratchGraph scratchGraph) {
        return new DesignCheck(graphExport, regimes, scratchGraph);
    }
}

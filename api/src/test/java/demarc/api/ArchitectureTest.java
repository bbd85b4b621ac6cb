package demarc.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.neo4j.driver.Driver;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import demarc.model.gate.GraphGate;

/**
 * The boundaries between the modules and layers, checked on the compiled classes of model, importer, queries
 * and api: the model is plain Java, the importer and queries know nothing of the application, and the REST
 * layer reaches the graph only through the importer and the queries.
 */
@AnalyzeClasses(packages = "demarc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNoFramework = noClasses().that().resideInAPackage("demarc.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.neo4j..", "org.apache.jena..", "tools.jackson..",
                    "com.fasterxml.jackson..", "org.yaml..")
            .because("the model is the vocabulary every module shares, free of frameworks");

    @ArchTest
    static final ArchRule importerAndQueriesDoNotKnowTheApplication = noClasses()
            .that().resideInAnyPackage("demarc.importer..", "demarc.queries..")
            .should().dependOnClassesThat().resideInAnyPackage("demarc.api..", "org.springframework..")
            .because("the importer and the queries run on a bare driver, in the CLI, the API and tests alike");

    @ArchTest
    static final ArchRule controllersUseNoDriverAndNoCypher = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .or().areAnnotatedWith(RestControllerAdvice.class).and().resideOutsideOfPackage("demarc.api.neo4j..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.neo4j..", "org.springframework.data.neo4j..", "demarc.queries.cypher..",
                    "demarc.importer.cypher..")
            .because("controllers call the importer and the queries, which own every Cypher statement (the"
                    + " connection's package may map the driver's connection failures to 503)");

    @ArchTest
    static final ArchRule jenaOnlyInTheRdfImporterAndTheReportExport = noClasses()
            .that().resideOutsideOfPackages("demarc.importer.rdf..", "demarc.api.report..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
            .because("RDF is one format among many: one package owns reading it (parsing, SHACL, vocabulary) and "
                    + "one writes it (the carrier report's decisions and chains with PROV-O provenance); the "
                    + "export lives in api because it writes what the queries decide, which the importer must not "
                    + "know, and every other package stays free of Jena");

    @ArchTest
    static final ArchRule queriesReadThroughTheGraphGate = classes().that().resideInAPackage("demarc.queries..")
            .and().arePublic().should(holdAGateWithTheirDriver())
            .because("a query holds the gate for all its reads, so that an import of this process never commits in"
                    + " the middle of them (docs/graph-model.md, \"Imports at the same time\")");

    private static ArchCondition<JavaClass> holdAGateWithTheirDriver() {
        return new ArchCondition<>("hold a GraphGate when they hold a Driver") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean driver = type.getFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(Driver.class));
                boolean gate = type.getFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(GraphGate.class));
                if (driver && !gate) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " reads with a Driver but has no"
                            + " GraphGate"));
                }
            }
        };
    }
}

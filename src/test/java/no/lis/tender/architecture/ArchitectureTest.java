package no.lis.tender.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the bounded contexts apart and the layers in order. A context may use another context's
 * domain (its value objects and read models) only where the arrow is allowed below, and never
 * another context's application, infrastructure, web or api.
 */
class ArchitectureTest {

    private static final String BASE = "no.lis.tender.";
    private static final List<String> CONTEXTS = List.of("catalogue", "tendering", "offers", "evaluation", "agreements",
            "documents", "identity", "audit");
    private static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.lis.tender");

    @Test
    void domainKnowsNoOuterLayer() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..web..", "..api..")
                .because("the domain is the core; the layers around it depend on it, not the other way")
                .check(CLASSES);
    }

    @Test
    void applicationKnowsNoDelivery() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..api..")
                .because("use cases serve both the pages and the API")
                .check(CLASSES);
    }

    @Test
    void entityManagerOnlyInInfrastructure() {
        noClasses()
                .that().resideOutsideOfPackages("..infrastructure..")
                .should().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class)
                .because("repositories hide persistence behind the domain's interfaces")
                .check(CLASSES);
    }

    @Test
    void sharedKernelKnowsNoContext() {
        noClasses().that().resideInAPackage(BASE + "shared..")
                .should().dependOnClassesThat().resideInAnyPackage(contexts("catalogue", "tendering", "offers",
                    "evaluation", "agreements", "documents", "identity", "demo", "audit"))
                .check(CLASSES);
    }

    @Test
    void catalogueIsUpstreamOfAll() {
        noClasses().that().resideInAPackage(BASE + "catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage(contexts("tendering", "offers", "evaluation",
                    "agreements", "documents", "identity", "demo", "audit"))
                .check(CLASSES);
    }

    @Test
    void identityStandsAlone() {
        noClasses().that().resideInAPackage(BASE + "identity..")
                .should().dependOnClassesThat().resideInAnyPackage(contexts("catalogue", "tendering", "offers",
                    "evaluation", "agreements", "documents", "demo", "audit"))
                .check(CLASSES);
    }

    /**
     * The core of a context (domain, application, infrastructure) reaches other contexts only
     * through their domain, and only upstream: catalogue and identity stand alone, tendering builds
     * on catalogue, offers and documents on tendering and catalogue, evaluation reads the opened
     * offers, and agreements build on the evaluation's ranking.
     */
    @ParameterizedTest(name = "{0} core uses only the domains of {1}")
    @CsvSource({
            "catalogue, ''",
            "identity, ''",
            "audit, ''",
            "tendering, catalogue",
            "offers, catalogue tendering",
            "documents, catalogue tendering",
            "evaluation, catalogue tendering offers",
            "agreements, catalogue tendering offers evaluation"})
    void theCoreOfAContextUsesOnlyUpstreamDomains(String context, String upstream) {
        List<String> allowed = upstream.isBlank() ? List.of() : List.of(upstream.split(" "));
        List<String> forbidden = new ArrayList<>();
        for (String other : CONTEXTS) {
            if (other.equals(context)) {
                continue;
            }
            forbidden.addAll(List.of(BASE + other + ".application..", BASE + other + ".infrastructure..",
                    BASE + other + ".web..", BASE + other + ".api.."));
            if (!allowed.contains(other)) {
                forbidden.add(BASE + other + ".domain..");
            }
        }
        noClasses().that().resideInAnyPackage(BASE + context + ".domain..", BASE + context + ".application..",
                        BASE + context + ".infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void pagesAndResourcesComposeOtherContextsOnlyThroughTheirApplicationAndDomain() {
        noClasses().that().resideInAnyPackage("..web..", "..api..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", BASE + "demo..")
                .because("a page or resource asks use cases and queries, never persistence directly")
                .check(CLASSES);
    }

    /**
     * The security log only listens: every context records a security-relevant happening by firing the
     * shared kernel's SecurityEvent, and none reaches into the log, so that none can skip, read or
     * rewrite it by a call.
     */
    @Test
    void nothingOutsideTheSecurityLogDependsOnIt() {
        noClasses().that().resideOutsideOfPackage(BASE + "audit..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "audit..")
                .check(CLASSES);
    }

    @Test
    void tenderingDomainIsIndependentOfIdentity() {
        noClasses()
                .that().resideInAPackage(BASE + "tendering.domain..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "identity..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnDemoData() {
        noClasses().that().resideOutsideOfPackage(BASE + "demo..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "demo..")
                .because("demo data is loaded only in the demo run and must be removable")
                .check(CLASSES);
    }

    @Test
    void viewsAreNamedView() {
        classes().that().resideInAPackage("..web..")
                .and().areAnnotatedWith(jakarta.inject.Named.class)
                .should().haveSimpleNameEndingWith("View")
                .check(CLASSES);
    }

    @Test
    void resourcesAreNamedResource() {
        classes().that().resideInAPackage("..api..")
                .and().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().haveSimpleNameEndingWith("Resource")
                .check(CLASSES);
    }

    private static String[] contexts(String... names) {
        String[] packages = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            packages[i] = BASE + names[i] + "..";
        }
        return packages;
    }

}

package no.lis.tender.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the bounded contexts apart and the layers in order. A context may use another context's
 * domain (its value objects and read models) only where the arrow is allowed below, and never
 * another context's application, infrastructure, web or api.
 */
class ArchitectureTest {

    private static final String BASE = "no.lis.tender.";
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
                    "evaluation", "agreements", "documents", "identity", "demo"))
                .check(CLASSES);
    }

    @Test
    void catalogueIsUpstreamOfAll() {
        noClasses().that().resideInAPackage(BASE + "catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage(contexts("tendering", "offers", "evaluation",
                    "agreements", "documents", "identity", "demo"))
                .check(CLASSES);
    }

    @Test
    void identityStandsAlone() {
        noClasses().that().resideInAPackage(BASE + "identity..")
                .should().dependOnClassesThat().resideInAnyPackage(contexts("catalogue", "tendering", "offers",
                    "evaluation", "agreements", "documents", "demo"))
                .check(CLASSES);
    }

    @Test
    void tenderingUsesOnlyTheCatalogueDomain() {
        noClasses().that().resideInAPackage(BASE + "tendering..")
                .should().dependOnClassesThat().resideInAnyPackage(
                    BASE + "catalogue.application..", BASE + "catalogue.infrastructure..", BASE + "catalogue.web..",
                    BASE + "catalogue.api..", BASE + "offers..", BASE + "evaluation..", BASE + "agreements..",
                    BASE + "demo..")
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

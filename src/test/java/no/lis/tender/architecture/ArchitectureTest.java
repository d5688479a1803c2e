package no.lis.tender.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.faces.context.PartialViewContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import no.lis.tender.identity.application.CurrentUser;
import no.lis.tender.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.primefaces.PrimeFaces;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.BaseStream;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the bounded contexts apart and the layers in order. A context may use another context's
 * domain (its value objects and read models) only where the arrow is allowed below, and never
 * another context's application, infrastructure, web or api.
 */
class ArchitectureTest {

    private static final String BASE = "no.lis.tender.";
    private static final List<String> CONTEXTS = List.of("catalogue", "tendering", "offers", "evaluation", "agreements",
            "documents", "identity", "audit", "publication", "notification", "registration");
    /** The parts of agreements, in the order in which they build on each other. */
    private static final List<String> AGREEMENTS_PARTS = List.of("award", "framework", "recommendations", "adherence",
            "negotiation");
    private static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.lis.tender");

    /**
     * Identity's answer to "who is asking" (the logged-in user and the names of its roles): a use case
     * or query may turn it into its own context's notion of the user (as offers' OfferReaders does),
     * so that the pages and resources of every context share that translation.
     */
    private static final DescribedPredicate<JavaClass> WHO_IS_ASKING =
            JavaClass.Predicates.equivalentTo(CurrentUser.class).or(JavaClass.Predicates.equivalentTo(Role.class))
                    .as("identity's CurrentUser and Role");

    @Test
    void domainKnowsNoOuterLayer() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..web..", "..api..")
                .because("the domain is the core; the layers around it depend on it, not the other way")
                .check(CLASSES);
    }

    /**
     * The domain is plain Java. Two parts of Jakarta EE are allowed in it: the JPA mapping annotations
     * (and the enums they take), which say how an aggregate is stored without doing it, and JSON-P
     * ({@code jakarta.json}), a plain library that the offers domain uses for the canonical form of a
     * sealed offer, whose bytes the seal and the receipt's digest cover (OfferContent, ReceiptLots).
     */
    @Test
    void domainUsesNoContainerApi() {
        DescribedPredicate<JavaClass> mapping = resideInAPackage("jakarta.persistence")
                .and(JavaClass.Predicates.ANNOTATIONS.or(JavaClass.Predicates.ENUMS))
                .as("JPA mapping annotations");
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat(resideInAPackage("jakarta..")
                        .and(DescribedPredicate.not(mapping))
                        .and(DescribedPredicate.not(resideInAPackage("jakarta.json"))))
                .because("the domain's rules run in plain unit tests, without a container, a request or an entity manager")
                .check(CLASSES);
    }

    @Test
    void applicationKnowsNoDelivery() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..api..",
                        "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..", "org.primefaces..")
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
                    "evaluation", "agreements", "documents", "identity", "demo", "audit", "publication", "notification",
                    "registration"))
                .check(CLASSES);
    }

    @Test
    void catalogueIsUpstreamOfAll() {
        noClasses().that().resideInAPackage(BASE + "catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage(contexts("tendering", "offers", "evaluation",
                    "agreements", "documents", "identity", "demo", "audit", "publication", "notification", "registration"))
                .check(CLASSES);
    }

    @Test
    void identityStandsAlone() {
        noClasses().that().resideInAPackage(BASE + "identity..")
                .should().dependOnClassesThat().resideInAnyPackage(contexts("catalogue", "tendering", "offers",
                    "evaluation", "agreements", "documents", "demo", "audit", "publication", "notification", "registration"))
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
            "agreements, catalogue tendering offers evaluation",
            "publication, catalogue tendering offers evaluation agreements",
            "notification, catalogue tendering offers documents evaluation agreements identity",
            "registration, catalogue identity"})
    void theCoreOfAContextUsesOnlyUpstreamDomains(String context, String upstream) {
        List<String> allowed = upstream.isBlank() ? List.of() : List.of(upstream.split(" "));
        List<String> forbidden = new ArrayList<>();
        for (String other : CONTEXTS) {
            if (other.equals(context)) {
                continue;
            }
            forbidden.addAll(List.of(BASE + other + "..application..", BASE + other + "..infrastructure..",
                    BASE + other + "..web..", BASE + other + "..api.."));
            if (!allowed.contains(other)) {
                forbidden.add(BASE + other + "..domain..");
            }
        }
        DescribedPredicate<JavaClass> otherContexts = JavaClass.Predicates.resideInAnyPackage(forbidden.toArray(String[]::new));
        // registration has no domain or infrastructure of its own (it uses catalogue's and identity's)
        noClasses().that().resideInAnyPackage(BASE + context + "..domain..", BASE + context + "..infrastructure..")
                .should().dependOnClassesThat(otherContexts)
                .allowEmptyShould(context.equals("registration"))
                .check(CLASSES);
        noClasses().that().resideInAPackage(BASE + context + "..application..")
                .should().dependOnClassesThat(otherContexts.and(DescribedPredicate.not(WHO_IS_ASKING)))
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

    /**
     * E-mail is the most downstream context: it listens to the events of the others (a CDI event is
     * a record in the firing context's domain) and none of them knows it is there, so that a notice
     * can be added, changed or switched off without touching the change it tells of.
     */
    @Test
    void nothingOutsideNotificationDependsOnIt() {
        noClasses().that().resideOutsideOfPackage(BASE + "notification..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "notification..")
                .because("other contexts tell of what happened by CDI events, which notification observes")
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
    void parallelWorkRunsOnTheContainersExecutorNotTheCommonPool() {
        noClasses().should().callMethodWhere(target(name("parallelStream"))
                        .or(target(name("parallel")).and(target(owner(assignableTo(BaseStream.class)))))
                        .or(target(name("commonPool")).and(target(owner(assignableTo(ForkJoinPool.class))))))
                .because("the server sizes and stops the threads of shared.application.ParallelWork; the common pool is "
                        + "outside its control")
                .check(CLASSES);
    }

    /**
     * A page's script and its update targets are written in its XHTML ({@code oncomplete}, {@code update}),
     * where the client ids they name live; a view says only whether its action succeeded.
     */
    @Test
    void viewsSendNoScriptAndNameNoUpdateTargets() {
        noClasses().that().resideInAPackage("..web..")
                .should().callMethodWhere(target(name("executeScript")).and(target(owner(assignableTo(PrimeFaces.class))))
                        .or(target(name("update")).and(target(owner(assignableTo(PrimeFaces.Ajax.class)))))
                        .or(target(name("getEvalScripts")).or(target(name("getRenderIds")))
                                .and(target(owner(assignableTo(PartialViewContext.class))))))
                .because("client ids and widget variables belong to the page, which can change them without the view")
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
    void contextsDependOnEachOtherWithoutCycles() {
        slices().matching(BASE + "(*)..").should().beFreeOfCycles()
                .because("a context that needs a downstream one turns the arrows of the context map round")
                .check(CLASSES);
    }

    /** Also catches a cycle between two layers of one context, e.g. a page that uses a resource of its own context that uses the page. */
    @Test
    void layersDependOnEachOtherWithoutCycles() {
        slices().matching(BASE + "(*).(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * A page or resource composes other contexts through their application and domain, never through
     * their pages or resources, so that each delivery layer can change alone. The shared kernel's
     * web and api helpers (FacesMessages, Pdfs, ...) are for all.
     */
    @Test
    void noContextsDeliveryUsesAnotherContextsDelivery() {
        slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        String[] parts = javaClass.getPackageName().split("\\.");
                        int layer = parts.length > 4 && AGREEMENTS_PARTS.contains(parts[4]) ? 5 : 4;
                        if (parts.length <= layer || !CONTEXTS.contains(parts[3])
                                || !List.of("web", "api").contains(parts[layer])) {
                            return SliceIdentifier.ignore();
                        }
                        return SliceIdentifier.of(String.join(".", List.of(parts).subList(3, layer)));
                    }

                    @Override
                    public String getDescription() {
                        return "the web and api of each context";
                    }
                })
                .should().notDependOnEachOther()
                .check(CLASSES);
    }

    /**
     * Agreements is split by what buyers do, each part building only on those before it: the award,
     * the framework (and direct) agreements concluded from it, the recommendations built on the
     * agreements, and the follow-up of how hospitals adhere to them; and beside them the phase-1
     * negotiation, which ends in a direct agreement of the framework part and which no other part uses.
     */
    @ParameterizedTest(name = "agreements.{0} uses none of {1}")
    @CsvSource({
            "award, framework recommendations adherence negotiation",
            "framework, recommendations adherence negotiation",
            "recommendations, adherence negotiation",
            "adherence, negotiation",
            "negotiation, recommendations adherence"})
    void eachPartOfAgreementsBuildsOnlyOnTheOnesBefore(String part, String downstream) {
        noClasses().that().resideInAPackage(BASE + "agreements." + part + "..")
                .should().dependOnClassesThat().resideInAnyPackage(List.of(downstream.split(" ")).stream()
                        .map(d -> BASE + "agreements." + d + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void everyClassOfAgreementsLivesInOneOfItsParts() {
        classes().that().resideInAPackage(BASE + "agreements..").and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(AGREEMENTS_PARTS.stream().map(p -> BASE + "agreements." + p + "..")
                        .toArray(String[]::new))
                .check(CLASSES);
    }

    /** Like {@link #layersDependOnEachOtherWithoutCycles}, one level down, for the layers of each part of agreements. */
    @Test
    void layersOfAgreementsPartsDependOnEachOtherWithoutCycles() {
        slices().matching(BASE + "agreements.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void repositoryInterfacesLiveInTheDomain() {
        CompositeArchRule.of(classes().that().haveSimpleNameEndingWith("Repository").and().areInterfaces()
                        .should().resideInAPackage("..domain.."))
                .and(classes().that().haveSimpleNameEndingWith("Repository").and().resideInAPackage("..domain..")
                        .should().beInterfaces())
                .because("the domain says what it needs stored; how is the infrastructure's business")
                .check(CLASSES);
    }

    @Test
    void repositoryImplementationsLiveInInfrastructure() {
        CompositeArchRule.of(classes().that().implement(resideInAPackage("..domain..").and(simpleNameEndingWith("Repository")))
                        .should().resideInAPackage("..infrastructure..")
                        .andShould().haveSimpleNameStartingWith("Jpa"))
                .and(classes().that().haveSimpleNameEndingWith("Repository").and().areNotInterfaces()
                        .should().resideInAPackage("..infrastructure.."))
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

    /**
     * The error answers of the OpenAPI document: 400, 404 and 500 on every operation (class-level
     * {@code @APIResponse} of each resource, which MicroProfile OpenAPI puts on all its operations), 409 on
     * every change, and on every operation its success status ({@code @APIResponse(responseCode = "200")}): once
     * an operation has an {@code @APIResponse}, smallrye generates the success answer (its body from the return
     * type) only for a status the method names. Annotations rather than an {@code mp.openapi.filter}, which
     * would keep Liberty from caching the model (HostileInputIT checks the document itself).
     */
    @Test
    void resourcesDocumentTheErrorAnswers() {
        classes().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should(new ArchCondition<>("refer to 400, 404 and 500 at class level, name a 2xx on each operation "
                        + "and refer to 409 on each change method") {
                    @Override
                    public void check(JavaClass resource, ConditionEvents events) {
                        Class<?> type = resource.reflect();
                        Set<String> missing = new TreeSet<>(Set.of("400", "404", "500"));
                        for (APIResponse response : type.getAnnotationsByType(APIResponse.class)) {
                            missing.remove(response.responseCode());
                        }
                        if (!missing.isEmpty()) {
                            events.add(SimpleConditionEvent.violated(resource, type.getName() + " lacks class-level "
                                    + "@APIResponse " + missing));
                        }
                        for (Method method : type.getDeclaredMethods()) {
                            boolean operation = Stream.of(method.getAnnotations())
                                    .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
                            boolean change = Stream.of(POST.class, PUT.class, PATCH.class, DELETE.class)
                                    .anyMatch(method::isAnnotationPresent);
                            List<String> codes = Stream.of(method.getAnnotationsByType(APIResponse.class))
                                    .map(APIResponse::responseCode).toList();
                            if (operation && codes.stream().noneMatch(code -> code.startsWith("2"))) {
                                // with the class-level answers, smallrye generates the success answer from the
                                // return type only for a status the method names itself
                                events.add(SimpleConditionEvent.violated(resource, type.getName() + "."
                                        + method.getName() + " lacks @APIResponse(responseCode = \"200\") (or its 2xx)"));
                            }
                            if (change && !codes.contains("409")) {
                                events.add(SimpleConditionEvent.violated(resource, type.getName() + "."
                                        + method.getName() + " lacks @APIResponse(responseCode = \"409\", ref = \"Conflict\")"));
                            }
                        }
                    }
                })
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

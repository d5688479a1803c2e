package no.lis.tender.it;

import no.lis.tender.it.clock.TestClock;
import no.lis.tender.it.seed.SupplierSeedResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The application as built by Maven: every IT deploys the real war, not a hand-picked subset, plus
 * the clock that the tests move past deadlines ({@code /api/test/clock}), which the built war never has.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "lis-tender.war").importFrom(war()).as(WebArchive.class)
                .addPackage(TestClock.class.getPackage());
    }

    /**
     * {@link #application()} with the test-only resources that make what the application has no API
     * for: supplier users, therapeutic areas, many lots at once ({@code /api/test/suppliers},
     * {@code /api/test/therapeutic-areas}, {@code /api/test/tenders/{id}/lots}).
     */
    public static WebArchive withSeeds() {
        return application().addPackage(SupplierSeedResource.class.getPackage());
    }

    /** The war that Maven built, as it is shipped. */
    public static File war() {
        return new File(System.getProperty("it.war", "target/lis-tender.war"));
    }
}

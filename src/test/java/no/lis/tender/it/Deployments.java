package no.lis.tender.it;

import no.lis.tender.it.clock.TestClock;
import no.lis.tender.it.seed.SupplierSeedResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The application as built by Maven: every IT deploys the real war, not a hand-picked subset, plus
 * the test-only parts that the built war never has:
 * <ul>
 *   <li>the clock that the tests move past deadlines ({@code /api/test/clock});</li>
 *   <li>the seeds that make what the application has no API for: supplier users, therapeutic areas,
 *       many lots at once ({@code /api/test/suppliers}, {@code /api/test/therapeutic-areas},
 *       {@code /api/test/tenders/{id}/lots});</li>
 *   <li>the probes of an insider: SQL on the database ({@link SqlProbeResource}), a rewritten security
 *       log entry ({@link SecurityLogTamperingResource}), the security events fired
 *       ({@link SecurityEventProbe}) and a tender's lock held like a slow submission
 *       ({@link TenderLockProbe});</li>
 *   <li>the server's heap after a collection ({@link HeapProbe}).</li>
 * </ul>
 * Every IT class asks for this same archive, so the suite deploys it once
 * ({@link no.lis.tender.it.arquillian.OneDeployment}). None of the test-only endpoints is in the
 * OpenAPI document.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "lis-tender.war").importFrom(war()).as(WebArchive.class)
                .addPackage(TestClock.class.getPackage())
                .addPackage(SupplierSeedResource.class.getPackage())
                .addClasses(SqlProbeResource.class, SecurityLogTamperingResource.class, TenderLockProbe.class, HeapProbe.class)
                .addClasses(SecurityEventProbe.classes());
    }

    /** The war that Maven built, as it is shipped. */
    public static File war() {
        return new File(System.getProperty("it.war", "target/lis-tender.war"));
    }
}

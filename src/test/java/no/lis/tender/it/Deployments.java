package no.lis.tender.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The application as built by Maven: every IT deploys the real war, not a hand-picked subset. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("it.war", "target/lis-tender.war"));
        return ShrinkWrap.create(ZipImporter.class, "lis-tender.war").importFrom(war).as(WebArchive.class);
    }
}

package no.lis.tender.it.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;

import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Keeps the application deployed from one test class to the next while the next class asks for the
 * same archive, and deploys again only when it asks for a different one. Every IT deploys the war
 * as Maven built it, so a deployment per class cost about ten seconds each (start, stop and
 * expansion of the war) on each database, a third of the test command's time.
 * <p>
 * What a class leaves behind in the server's memory is therefore seen by the next class, as what
 * it leaves in the database always was: a class that moves the test clock or locks an account puts
 * it back when it ends. The kept deployment is taken down before the server stops.
 */
public class OneDeployment {

    private static final Logger LOG = Logger.getLogger(OneDeployment.class.getName());

    private DeployableContainer<?> container;
    private Archive<?> archive;
    private String contents;

    public void deploy(@Observes EventContext<DeployDeployment> context) throws Exception {
        DeployDeployment event = context.getEvent();
        DeploymentDescription description = event.getDeployment().getDescription();
        if (!description.isArchiveDeployment() || !description.managed()) {
            context.proceed();
            return;
        }
        Archive<?> wanted = deployable(description);
        String wantedContents = contentsOf(wanted);
        if (event.getDeployableContainer() == container && wantedContents.equals(contents)) {
            LOG.fine(() -> "Kept deployment reused: " + wanted.getName());
            event.getDeployment().deployed();
            return;
        }
        undeployKept();
        context.proceed();
        Deployment deployment = event.getDeployment();
        if (deployment.isDeployed() && !deployment.hasDeploymentError()) {
            container = event.getDeployableContainer();
            archive = wanted;
            contents = wantedContents;
        }
    }

    public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
        UnDeployDeployment event = context.getEvent();
        DeploymentDescription description = event.getDeployment().getDescription();
        boolean kept = event.getDeployableContainer() == container && description.isArchiveDeployment()
                && contentsOf(deployable(description)).equals(contents);
        if (kept) {
            event.getDeployment().undeployed();
            return;
        }
        context.proceed();
    }

    public void beforeStop(@Observes BeforeStop event) throws Exception {
        if (event.getDeployableContainer() == container) {
            undeployKept();
        }
    }

    private void undeployKept() throws Exception {
        if (container == null) {
            return;
        }
        DeployableContainer<?> keptBy = container;
        Archive<?> kept = archive;
        container = null;
        archive = null;
        contents = null;
        keptBy.undeploy(kept);
    }

    private static Archive<?> deployable(DeploymentDescription description) {
        return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
    }

    /** The archive's name and entry paths: two archives made by the same code have the same. */
    private static String contentsOf(Archive<?> archive) {
        TreeSet<String> paths = new TreeSet<>();
        for (ArchivePath path : archive.getContent().keySet()) {
            paths.add(path.get());
        }
        return archive.getName() + '\n' + String.join("\n", paths);
    }
}

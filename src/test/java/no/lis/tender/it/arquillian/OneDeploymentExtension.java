package no.lis.tender.it.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers {@link OneDeployment}, so that the integration tests share one deployment of the
 * application instead of deploying it again for every test class.
 */
public final class OneDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(OneDeployment.class);
    }
}

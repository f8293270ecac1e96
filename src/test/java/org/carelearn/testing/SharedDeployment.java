package org.carelearn.testing;

import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One deployment of the WAR for every test that talks to CareLearn from outside ({@link DeployedCareLearn}, a
 * deployment with {@code testable = false}), instead of an undeploy and a deploy around every test class: about
 * six seconds each on the CI machine, for some forty classes. Those tests share the database anyway (one Derby
 * under target/it-data for the whole run), so sharing the deployment changes what they see only in what the
 * application keeps in memory, which a real server keeps across users too.
 *
 * <p>An in-container test (CatalogIT and the like: Arquillian adds the test class to its archive) still gets a
 * deployment of its own: the shared one is undeployed first, as the two have the same name and context root,
 * and the next outside test deploys it again. The shared deployment is undeployed before the server stops, so
 * that a later run does not find it in the server's configuration.
 *
 * <p>Registered in META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension. Its interceptors run
 * inside Arquillian's deployment context (the lowest precedence), where the deployment's protocol metadata (the
 * address that {@code @ArquillianResource URL} is injected from) lives.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Reuse.class);
    }

    /** What is deployed now for the outside tests, if anything. */
    private record Deployed(String name, Set<String> entries, Archive<?> archive, ProtocolMetaData metadata) {

        boolean sameAs(Archive<?> other) {
            return name.equals(other.getName()) && entries.equals(entriesOf(other));
        }

        static Set<String> entriesOf(Archive<?> archive) {
            Set<String> entries = new TreeSet<>();
            archive.getContent().keySet().forEach(path -> entries.add(path.get()));
            return entries;
        }
    }

    public static class Reuse {

        private static Deployed shared;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetadata;

        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            DeploymentDescription wanted = event.getDeployment().getDescription();
            boolean outside = wanted.isArchiveDeployment() && !wanted.testable();
            if (outside && shared != null && shared.sameAs(wanted.getArchive())) {
                description.set(wanted);
                deployment.set(event.getDeployment());
                protocolMetadata.set(shared.metadata());
                event.getDeployment().deployed();
                return;
            }
            undeployShared(event.getDeployableContainer());
            context.proceed();
            if (outside && event.getDeployment().isDeployed()) {
                Archive<?> archive = wanted.getArchive();
                shared = new Deployed(archive.getName(), Deployed.entriesOf(archive), archive, protocolMetadata.get());
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            Deployment leaving = context.getEvent().getDeployment();
            DeploymentDescription what = leaving.getDescription();
            if (shared != null && what.isArchiveDeployment() && !what.testable() && shared.sameAs(what.getArchive())) {
                leaving.undeployed();
                return;
            }
            context.proceed();
        }

        public void beforeStop(@Observes BeforeStop event) throws Exception {
            undeployShared(event.getDeployableContainer());
        }

        private static void undeployShared(DeployableContainer<?> container) throws Exception {
            if (shared != null) {
                Deployed leaving = shared;
                shared = null;
                container.undeploy(leaving.archive());
            }
        }
    }
}

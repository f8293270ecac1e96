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
 * One deployment of the WAR for the whole test run, instead of an undeploy and a deploy around every test class
 * (6 to 30 seconds each on the CI machine, for some seventy classes). Those tests share the database anyway (one
 * Derby under target/it-data, or one PostgreSQL database, for the whole run), so sharing the deployment changes
 * what they see only in what the application keeps in memory, which a real server keeps across users too. A
 * test that must see the application start afresh says so with {@link Redeploy}.
 *
 * <p>What is deployed stays while each next test's archive is contained in it: a test that talks to CareLearn
 * from outside ({@link DeployedCareLearn}, {@code testable = false}) wants the WAR; an in-container test (CatalogIT
 * and the like) wants the WAR with Arquillian's runner added, and since {@link Deployments} puts every test
 * class into the WAR, that archive is the same for all of them. So the run deploys the plain WAR for the first
 * outside tests, the in-container WAR at the first in-container test, and keeps that one for every test after it.
 * A test whose archive holds something the deployed one lacks (MailIT adds GreenMail) replaces it. The shared
 * deployment is undeployed before the server stops, so that a later run does not find it in the server's
 * configuration.
 *
 * <p>Registered in META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension. Its interceptors run
 * inside Arquillian's deployment context (the lowest precedence), where the deployment's protocol metadata (the
 * address that {@code @ArquillianResource URL} is injected from, and where in-container tests are run) lives.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Reuse.class);
    }

    /** What is deployed now for the outside tests, if anything. */
    private record Deployed(String name, Set<String> entries, Archive<?> archive, ProtocolMetaData metadata) {

        boolean holds(Archive<?> other) {
            return name.equals(other.getName()) && entries.containsAll(entriesOf(other));
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
            if (!wanted.isArchiveDeployment()) {
                context.proceed();
                return;
            }
            Archive<?> archive = deployed(wanted);
            if (shared != null && shared.holds(archive)) {
                description.set(wanted);
                deployment.set(event.getDeployment());
                protocolMetadata.set(shared.metadata());
                event.getDeployment().deployed();
                return;
            }
            undeployShared(event.getDeployableContainer());
            context.proceed();
            if (event.getDeployment().isDeployed()) {
                shared = new Deployed(archive.getName(), Deployed.entriesOf(archive), archive, protocolMetadata.get());
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            Deployment leaving = context.getEvent().getDeployment();
            DeploymentDescription what = leaving.getDescription();
            if (shared != null && what.isArchiveDeployment() && shared.holds(deployed(what))) {
                leaving.undeployed();
                return;
            }
            context.proceed();
        }

        /** The archive Arquillian deploys for a test: with its runner added for an in-container test. */
        private static Archive<?> deployed(DeploymentDescription description) {
            return description.testable() ? description.getTestableArchive() : description.getArchive();
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

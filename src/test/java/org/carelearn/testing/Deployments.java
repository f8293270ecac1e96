package org.carelearn.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR that `mvn package` built, for every Arquillian test to deploy. */
public final class Deployments {

    private static final String RUNNER_OPEN = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <name>arquillian_runner_open</name>
              <security-constraint>
                <web-resource-collection>
                  <web-resource-name>arquillian</web-resource-name>
                  <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                </web-resource-collection>
              </security-constraint>
            </web-fragment>
            """;

    private Deployments() {
    }

    public static WebArchive carelearn() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "carelearn.war")
                .importFrom(new File(System.getProperty("war.file", "target/carelearn.war"))).as(WebArchive.class);
        // in-container tests use the fixtures of this package
        war.addPackage(Deployments.class.getPackage());
        // Arquillian runs in-container tests through its own servlet; every other path stays protected
        war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset(RUNNER_OPEN), "web-fragment.xml"));
        return war;
    }
}

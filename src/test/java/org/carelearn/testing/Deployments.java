package org.carelearn.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR that `mvn package` built, for every Arquillian test to deploy. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive carelearn() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "carelearn.war")
                .importFrom(new File(System.getProperty("war.file", "target/carelearn.war"))).as(WebArchive.class);
        // in-container tests use the fixtures of this package
        return war.addPackage(Deployments.class.getPackage());
    }
}

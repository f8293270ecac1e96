package org.carelearn.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real WAR that `mvn package` built, for every Arquillian test to deploy, with every compiled test class of
 * CareLearn beside it. Carrying all of them (not only the one test Arquillian adds) makes the archive of every
 * in-container test the same, so that {@link SharedDeployment} deploys it once for the whole run instead of
 * once per in-container test class. The test classes are no beans (none carries a bean-defining annotation) and
 * are loaded only when a test runs in the server.
 */
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
        // in-container tests and the fixtures they use
        addTestClasses(war);
        // Arquillian runs in-container tests through its own servlet; every other path stays protected
        war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset(RUNNER_OPEN), "web-fragment.xml"));
        return war;
    }

    private static void addTestClasses(WebArchive war) {
        Path root = Paths.get(System.getProperty("test.classes.dir", "target/test-classes"));
        Path ours = root.resolve("org/carelearn");
        if (!Files.isDirectory(ours)) {
            throw new IllegalStateException("No compiled test classes under " + ours.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(ours)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .forEach(file -> war.add(new FileAsset(file.toFile()),
                            "/WEB-INF/classes/" + root.relativize(file).toString().replace(File.separatorChar, '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.carelearn.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The test resource cmi5/hostile: one AnyWindow lesson that tries to reach the application and the learner
 * (CareLearn's API and pages, the cookies, the page around its frame) and shows each outcome in its page.
 */
public final class HostilePackage {

    public static final Path FOLDER = Path.of("src", "test", "resources", "cmi5", "hostile");
    public static final String COURSE_ID = "https://fixtures.carelearn.example/cmi5/hostile";
    public static final String COURSE_TITLE = "Isolation probe (test fixture)";
    public static final String AU_TITLE = "Probe lesson";
    /** The ids of the elements where the lesson reports each attempt ("refused" or "exposed"). */
    public static final List<String> PROBES = List.of("probe-api", "probe-page", "probe-relative", "probe-cookie",
            "probe-parent");

    private HostilePackage() {
    }

    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(FOLDER)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(FOLDER.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + FOLDER.toAbsolutePath(), e);
        }
        return bytes.toByteArray();
    }
}

package org.carelearn.catalog.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;
import org.carelearn.catalog.domain.CourseStructure;
import org.carelearn.catalog.domain.CourseStructureReader;
import org.carelearn.catalog.domain.PackageFile;
import org.carelearn.catalog.domain.PackageKind;
import org.carelearn.catalog.domain.PackageLimits;
import org.carelearn.catalog.domain.PackageZip;

/**
 * An upload that passed every check, spooled to a temporary file (deleted on {@link #close}) so that a
 * large package is never held in memory: a zip package, or a cmi5.xml on its own. Which of the two it is
 * comes from its first bytes, not from its name or content type.
 */
final class CheckedPackage implements AutoCloseable {

    private static final String NEITHER = "the file is neither a zip (cmi5 package) nor a cmi5.xml course structure";

    private final Path spooled;
    private final long size;
    private final String sha256;
    private final PackageKind kind;
    private final CourseStructure structure;
    private final String structureXml;
    private final List<PackageFile> files;
    private ZipFile zip;

    private CheckedPackage(Path spooled, long size, String sha256, PackageKind kind, CourseStructure structure,
            String structureXml, List<PackageFile> files) {
        this.spooled = spooled;
        this.size = size;
        this.sha256 = sha256;
        this.kind = kind;
        this.structure = structure;
        this.structureXml = structureXml;
        this.files = files;
    }

    /** Reads and checks the upload; throws {@link PackageRejected} with every reason found. */
    static CheckedPackage check(String fileName, InputStream content, PackageLimits limits) {
        Path spooled = null;
        try {
            spooled = Files.createTempFile("carelearn-package-", ".upload");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = spool(fileName, content, spooled, digest, limits.maxPackageBytes());
            CheckedPackage checked = inspect(fileName, spooled, size, HexFormat.of().formatHex(digest.digest()),
                    limits);
            spooled = null;
            return checked;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool an uploaded package", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            delete(spooled);
        }
    }

    private static long spool(String fileName, InputStream content, Path target, MessageDigest digest, long limit)
            throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            for (int n; (n = content.read(buffer)) > 0;) {
                size += n;
                if (size > limit) {
                    throw new PackageTooLarge(fileName, "the upload is larger than " + PackageLimits.describe(limit)
                            + ", the limit for a package (carelearn.catalog.max-package-mb)");
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    private static CheckedPackage inspect(String fileName, Path spooled, long size, String sha256,
            PackageLimits limits) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(spooled)) {
            head = in.readNBytes(64);
        }
        if (PackageZip.looksLikeZip(head)) {
            PackageZip.Contents contents = PackageZip.read(spooled, limits);
            List<String> problems = new ArrayList<>(contents.problems());
            CourseStructureReader.Reading reading = null;
            if (contents.structure() != null) {
                reading = CourseStructureReader.read(contents.structure(), contents.paths());
                problems.addAll(reading.problems());
            }
            if (!problems.isEmpty()) {
                throw new PackageRejected(fileName, problems);
            }
            return new CheckedPackage(spooled, size, sha256, PackageKind.PACKAGE, reading.structure(), reading.text(),
                    contents.files());
        }
        if (!looksLikeXml(head)) {
            throw new PackageRejected(fileName, List.of(size == 0 ? "the file is empty" : NEITHER));
        }
        if (size > 10L * 1024 * 1024) {
            throw new PackageRejected(fileName, List.of("a cmi5.xml on its own may be at most 10 MB"));
        }
        CourseStructureReader.Reading reading = CourseStructureReader.read(Files.readAllBytes(spooled), null);
        if (!reading.accepted()) {
            throw new PackageRejected(fileName, reading.problems());
        }
        return new CheckedPackage(spooled, size, sha256, PackageKind.EXTERNAL, reading.structure(), reading.text(),
                List.of());
    }

    /** XML starts with '<', after an optional byte-order mark and white space. */
    private static boolean looksLikeXml(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && head[i] == '<';
    }

    /** The bytes of one of the package's files, read again from the spooled zip. */
    InputStream open(PackageFile file) throws IOException {
        if (zip == null) {
            zip = new ZipFile(spooled.toFile(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return zip.getInputStream(zip.getEntry(file.path()));
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    PackageKind kind() {
        return kind;
    }

    CourseStructure structure() {
        return structure;
    }

    String structureXml() {
        return structureXml;
    }

    List<PackageFile> files() {
        return files;
    }

    @Override
    public void close() {
        try {
            if (zip != null) {
                zip.close();
            }
        } catch (IOException ignored) {
            // the file is deleted next; nothing else holds it
        }
        delete(spooled);
    }

    private static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temporary file left behind is cleaned with the server's temp folder
            }
        }
    }
}

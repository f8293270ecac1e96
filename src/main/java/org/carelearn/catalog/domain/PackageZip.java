package org.carelearn.catalog.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a zip course package (cmi5 §14.1, 32- and 64-bit zip alike, which java.util.zip reads) and checks
 * its layout: cmi5.xml at the root, entry names that stay inside the package, no duplicates, no encrypted
 * entries, and the size limits against zip bombs. Every entry is read to the end once, so sizes and
 * hashes are what the bytes are, not what the zip's directory claims.
 */
public final class PackageZip {

    public static final String STRUCTURE = "cmi5.xml";
    /** Longest entry name kept (the COURSE_FILE key). */
    static final int MAX_PATH = 500;
    /** Entries smaller than this are never called bombs, whatever their ratio (a page of spaces compresses well). */
    private static final long RATIO_FLOOR = 1024L * 1024L;
    private static final long MAX_STRUCTURE_BYTES = 10L * 1024L * 1024L;
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");

    private PackageZip() {
    }

    /** What a zip holds: its cmi5.xml (null if it has none at the root), its files, and its faults. */
    public record Contents(byte[] structure, List<PackageFile> files, List<String> problems) {

        public Set<String> paths() {
            Set<String> paths = new HashSet<>();
            files.forEach(f -> paths.add(f.path()));
            return paths;
        }
    }

    /** Whether these first bytes are a zip's (a local file header, or the end record of an empty zip). */
    public static boolean looksLikeZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
    }

    public static Contents read(Path zip, PackageLimits limits) {
        List<String> problems = new ArrayList<>();
        List<PackageFile> files = new ArrayList<>();
        byte[] structure = null;
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<? extends ZipEntry> entries = Collections.list(file.entries());
            if (entries.size() > limits.maxEntries()) {
                return new Contents(null, List.of(), List.of("the zip has " + entries.size()
                        + " entries; at most " + limits.maxEntries() + " are allowed"));
            }
            Set<String> names = new HashSet<>();
            List<String> nestedStructures = new ArrayList<>();
            long unpacked = 0;
            for (ZipEntry entry : entries) {
                String name = entry.getName();
                if (!nameProblems(name, names, problems) || entry.isDirectory()) {
                    continue;
                }
                if (name.endsWith("/" + STRUCTURE)) {
                    nestedStructures.add(name);
                }
                Entry read = readEntry(file, entry, limits.maxUnpackedBytes() - unpacked, limits,
                        name.equals(STRUCTURE));
                unpacked += read.size();
                if (read.problem() != null) {
                    problems.add(read.problem());
                    if (unpacked > limits.maxUnpackedBytes()) {
                        break;
                    }
                    continue;
                }
                if (name.equals(STRUCTURE)) {
                    structure = read.bytes();
                }
                files.add(new PackageFile(name, MediaTypes.of(name), read.size(), read.sha256()));
            }
            if (structure == null && !names.contains(STRUCTURE)) {
                problems.add(nestedStructures.isEmpty()
                        ? "the zip has no cmi5.xml at its root (cmi5 §14.1: a package holds its course structure as"
                                + " cmi5.xml in the top folder)"
                        : "cmi5.xml is in a folder (" + String.join(", ", nestedStructures) + "); it must be at the"
                                + " root of the zip, not inside a folder (cmi5 §14.1)");
            }
        } catch (ZipException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            return new Contents(null, List.of(), List.of(message.contains("encrypt")
                    ? "the zip has encrypted (password-protected) entries; CareLearn needs an unencrypted package"
                    : "the file is not a readable zip archive (" + e.getMessage() + ")"));
        } catch (IOException e) {
            return new Contents(null, List.of(), List.of("the zip cannot be read (" + e.getMessage() + ")"));
        }
        return new Contents(structure, List.copyOf(files), List.copyOf(problems));
    }

    /** Adds the faults of an entry name; returns whether the entry may be used. */
    private static boolean nameProblems(String name, Set<String> seen, List<String> problems) {
        String shown = "entry '" + name + "'";
        int before = problems.size();
        if (name.isEmpty()) {
            problems.add("the zip has an entry without a name");
        } else if (name.startsWith("/") || DRIVE.matcher(name).matches()) {
            problems.add(shown + " has an absolute path; entries must be relative to the package root");
        } else if (name.contains("\\")) {
            problems.add(shown + " contains a backslash; zip paths use '/' (cmi5 §14.1 refers to the PKWARE"
                    + " APPNOTE)");
        } else if (List.of(name.split("/")).contains("..")) {
            problems.add(shown + " has a '..' segment, which would point outside the package");
        } else if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            problems.add(shown + " has control characters in its name");
        } else if (name.length() > MAX_PATH) {
            problems.add(shown + " has a path longer than " + MAX_PATH + " characters");
        }
        if (!seen.add(name)) {
            problems.add(shown + " appears more than once in the zip");
        }
        return problems.size() == before;
    }

    private record Entry(long size, String sha256, byte[] bytes, String problem) {
    }

    /** Reads one entry to its end, stopping early when it breaks a limit. */
    private static Entry readEntry(ZipFile file, ZipEntry entry, long budget, PackageLimits limits, boolean keep)
            throws IOException {
        MessageDigest digest = sha256();
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long ratioLimit = Math.max(RATIO_FLOOR, compressed * limits.maxCompressionRatio());
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = file.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                size += n;
                if (size > budget) {
                    return new Entry(size, null, null, "the zip unpacks to more than "
                            + PackageLimits.describe(limits.maxUnpackedBytes()) + " (the limit for a package)");
                }
                if (size > ratioLimit) {
                    return new Entry(size, null, null, "entry '" + entry.getName() + "' is compressed more than "
                            + limits.maxCompressionRatio() + " to 1, which is what zip bombs do");
                }
                if (keep && size > MAX_STRUCTURE_BYTES) {
                    return new Entry(size, null, null, "cmi5.xml is larger than "
                            + PackageLimits.describe(MAX_STRUCTURE_BYTES));
                }
                digest.update(buffer, 0, n);
                if (kept != null) {
                    kept.write(buffer, 0, n);
                }
            }
        }
        return new Entry(size, HexFormat.of().formatHex(digest.digest()), kept == null ? null : kept.toByteArray(),
                null);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

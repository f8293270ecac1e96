package org.carelearn.catalog.domain;

/**
 * How large a package may be, against zip bombs and uploads that would fill the database: the upload itself,
 * everything it unpacks to, how many entries it has, and how much an entry may have been compressed.
 */
public record PackageLimits(long maxPackageBytes, long maxUnpackedBytes, int maxEntries, int maxCompressionRatio) {

    private static final long MB = 1024L * 1024L;

    /** From the system properties carelearn.catalog.* (deployments/standalone/carelearn.properties). */
    public static PackageLimits fromSystemProperties() {
        return new PackageLimits(Long.getLong("carelearn.catalog.max-package-mb", 200) * MB,
                Long.getLong("carelearn.catalog.max-unpacked-mb", 1024) * MB,
                Integer.getInteger("carelearn.catalog.max-entries", 10_000),
                Integer.getInteger("carelearn.catalog.max-compression-ratio", 100));
    }

    /** A size for people: "200 MB", "512 KB". */
    public static String describe(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}

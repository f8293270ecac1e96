package org.carelearn.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.carelearn.catalog.domain.PackageFile;
import org.carelearn.catalog.domain.PackageKind;
import org.carelearn.catalog.domain.PackageLimits;
import org.carelearn.testing.BrokenPackages;
import org.carelearn.testing.SampleCourses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The whole check of an upload, without a database: zip or cmi5.xml, layout, structure, limits. */
class CheckedPackageTest {

    private static final PackageLimits LIMITS = new PackageLimits(200L << 20, 1L << 30, 10_000, 100);

    @Test
    void aGoodPackageIsReadWithItsFilesAndStructure() throws IOException {
        String iri = SampleCourses.uniqueCourseIri();
        byte[] zip = SampleCourses.goodPackage(iri, "Good course");
        try (CheckedPackage checked = CheckedPackage.check("good.zip", new ByteArrayInputStream(zip), LIMITS)) {
            assertEquals(PackageKind.PACKAGE, checked.kind());
            assertEquals(iri, checked.structure().id());
            assertEquals(zip.length, checked.size());
            assertEquals(List.of("cmi5.xml", "lesson/index.html", "lesson/style.css", "assessment/index.html"),
                    checked.files().stream().map(PackageFile::path).toList());
            PackageFile css = checked.files().get(2);
            assertEquals("text/css;charset=UTF-8", css.mediaType());
            try (InputStream in = checked.open(css)) {
                assertEquals(SampleCourses.STYLE, new String(in.readAllBytes(), "UTF-8"));
            }
            assertTrue(checked.structureXml().startsWith("<?xml"));
        }
    }

    @Test
    void aStandaloneCmi5XmlWithAbsoluteUrlsIsAnExternalCourse() {
        String iri = SampleCourses.uniqueCourseIri();
        byte[] xml = SampleCourses.utf8("\uFEFF" + SampleCourses.oneAu(iri, "https://content.example/au?lang=en", ""));
        try (CheckedPackage checked = CheckedPackage.check("cmi5.xml", new ByteArrayInputStream(xml), LIMITS)) {
            assertEquals(PackageKind.EXTERNAL, checked.kind());
            assertEquals(List.of(), checked.files());
            assertEquals("https://content.example/au?lang=en", checked.structure().aus().get(0).url());
        }
    }

    @ParameterizedTest
    @EnumSource(BrokenPackages.class)
    void everyBrokenPackageIsRefusedWithItsReason(BrokenPackages broken) {
        PackageRejected rejected = assertThrows(PackageRejected.class,
                () -> CheckedPackage.check(broken.fileName, new ByteArrayInputStream(broken.bytes()), LIMITS));
        assertTrue(rejected.reasons().stream().anyMatch(r -> r.contains(broken.reason)),
                broken + ": expected '" + broken.reason + "' in " + rejected.reasons());
    }

    @Test
    void everyFaultIsListedNotJustTheFirst() {
        String iri = SampleCourses.uniqueCourseIri();
        String xml = SampleCourses.structure(iri, "Many faults",
                SampleCourses.au("lesson-1", "lesson/missing.html", "moveOn=\"Complete\""),
                SampleCourses.au(iri + "/au/two", "lesson/index.html?registration=1", "masteryScore=\"2\""));
        byte[] zip = SampleCourses.zip(new java.util.LinkedHashMap<>(java.util.Map.of("cmi5.xml",
                SampleCourses.utf8(xml), "lesson/index.html", SampleCourses.utf8("x"), "../up.txt",
                SampleCourses.utf8("x"))));
        PackageRejected rejected = assertThrows(PackageRejected.class,
                () -> CheckedPackage.check("many.zip", new ByteArrayInputStream(zip), LIMITS));
        List<String> reasons = rejected.reasons();
        assertEquals(6, reasons.size(), reasons.toString());
        assertTrue(reasons.contains("entry '../up.txt' has a '..' segment, which would point outside the package"),
                reasons.toString());
        assertTrue(reasons.contains("AU 'lesson-1': moveOn 'Complete' is not one of NotApplicable, Passed, Completed,"
                + " CompletedAndPassed, CompletedOrPassed"), reasons.toString());
        assertTrue(reasons.contains("AU 'lesson-1': id 'lesson-1' is not an absolute IRI (it needs a scheme, as in"
                + " https://example.org/courses/first-aid)"), reasons.toString());
        assertTrue(reasons.contains("AU 'lesson-1': url 'lesson/missing.html' points to 'lesson/missing.html', which"
                + " is not a file in the zip (cmi5 §14.1)"), reasons.toString());
        assertTrue(reasons.contains("AU '" + iri + "/au/two': masteryScore 2 is outside 0 to 1 (a scaled score: 0.8 is"
                + " 80%)"), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("already has the launch parameter 'registration'")));
        assertEquals("The package many.zip was not imported: 6 problems", rejected.getMessage());
    }

    @Test
    void anUploadOverTheLimitIsTooLarge() {
        PackageLimits small = new PackageLimits(1024, 1L << 30, 100, 100);
        byte[] zip = SampleCourses.goodPackage(SampleCourses.uniqueCourseIri(), "Big");
        byte[] big = new byte[2048];
        System.arraycopy(zip, 0, big, 0, Math.min(zip.length, big.length));
        PackageTooLarge tooLarge = assertThrows(PackageTooLarge.class,
                () -> CheckedPackage.check("big.zip", new ByteArrayInputStream(big), small));
        assertEquals(List.of("the upload is larger than 1 KB, the limit for a package"
                + " (carelearn.catalog.max-package-mb)"), tooLarge.reasons());
    }

    @Test
    void tooManyEntriesOrTooMuchUnpackedIsRefused() {
        byte[] zip = SampleCourses.goodPackage(SampleCourses.uniqueCourseIri(), "Limits");
        PackageRejected entries = assertThrows(PackageRejected.class, () -> CheckedPackage.check("e.zip",
                new ByteArrayInputStream(zip), new PackageLimits(1 << 20, 1 << 20, 3, 100)));
        assertEquals(List.of("the zip has 4 entries; at most 3 are allowed"), entries.reasons());
        PackageRejected unpacked = assertThrows(PackageRejected.class, () -> CheckedPackage.check("u.zip",
                new ByteArrayInputStream(zip), new PackageLimits(1 << 20, 100, 100, 100)));
        assertTrue(unpacked.reasons().get(0).startsWith("the zip unpacks to more than 100 bytes"), unpacked.reasons()
                .toString());
    }

    /**
     * cmi5 §14 requires 64-bit zips too. More than 65,535 entries make java.util.zip write a ZIP64 end record,
     * so this is a real ZIP64 archive, and it is read like any other.
     */
    @Test
    void aZip64PackageIsAccepted() throws IOException {
        String iri = SampleCourses.uniqueCourseIri();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("cmi5.xml"));
            zip.write(SampleCourses.utf8(SampleCourses.oneAu(iri, "lesson/index.html", "")));
            zip.putNextEntry(new ZipEntry("lesson/index.html"));
            zip.write(SampleCourses.utf8(SampleCourses.LESSON_PAGE));
            for (int i = 0; i < 70_000; i++) {
                zip.putNextEntry(new ZipEntry("media/" + i + ".txt"));
                zip.write('x');
            }
        }
        byte[] zip64 = bytes.toByteArray();
        assertTrue(containsSignature(zip64, 0x06064b50), "the archive has a ZIP64 end of central directory record");
        PackageLimits roomy = new PackageLimits(200L << 20, 1L << 30, 100_000, 100);
        try (CheckedPackage checked = CheckedPackage.check("zip64.zip", new ByteArrayInputStream(zip64), roomy)) {
            assertEquals(70_002, checked.files().size());
            assertEquals(iri, checked.structure().id());
        }
    }

    private static boolean containsSignature(byte[] bytes, int signature) {
        for (int i = bytes.length - 4; i >= 0; i--) {
            int value = (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF) << 16
                    | (bytes[i + 3] & 0xFF) << 24;
            if (value == signature) {
                return true;
            }
        }
        return false;
    }
}

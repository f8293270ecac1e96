package org.carelearn.learning.infrastructure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.carelearn.learning.domain.Certificate;
import org.carelearn.learning.domain.SampleCertificates;
import org.carelearn.platform.config.Settings;
import org.carelearn.testing.PdfText;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    /** 02:30 UTC on 11 March is still 10 March in New York. */
    private static final Instant COMPLETED_AT = Instant.parse("2026-03-11T02:30:00Z");

    private final CertificatePdf pdf = new CertificatePdf(new Settings() {
        @Override
        public String publicUrl() {
            return "https://learning.lindenridge.example";
        }

        @Override
        public ZoneId hospitalZone() {
            return ZoneId.of("America/New_York");
        }
    });

    @Test
    void theCertificateSaysWhoCompletedWhatAndWhenAndWhereToCheckIt() {
        Certificate certificate = SampleCertificates.issued("CL-7KQM-X2PD-RH4N", "Aisha Bello",
                "Empathetic Communication with Patients and Families", 2, COMPLETED_AT);

        PdfText read = PdfText.of(pdf.render(certificate));

        String text = read.text();
        assertAll(
                () -> assertTrue(text.startsWith("CERTIFICATE OF COMPLETION This certifies that Aisha Bello"), text),
                () -> assertTrue(text.contains("Empathetic Communication with Patients and Families"), text),
                () -> assertTrue(text.contains("Version 2"), text),
                () -> assertTrue(text.contains("March 10, 2026"), "the date in the hospital's zone: " + text),
                () -> assertFalse(text.contains("March 11, 2026"), text),
                () -> assertTrue(text.contains("CL-7KQM-X2PD-RH4N"), text),
                () -> assertTrue(text.contains(
                        "https://learning.lindenridge.example/verify.xhtml?code=CL-7KQM-X2PD-RH4N"), text),
                () -> assertTrue(text.contains("Linden Ridge Cancer Center \u00b7 Patient Relations"),
                        "the default issuer: " + text));
    }

    @Test
    void itIsOneA4LandscapePageWithTitleAuthorAndSubject() {
        PdfText read = PdfText.of(pdf.render(SampleCertificates.issued("CL-7KQM-X2PD-RH4N", "Aisha Bello",
                "Trauma-Informed Care", 1, COMPLETED_AT)));

        assertAll(
                () -> assertEquals(1, read.pages()),
                () -> assertEquals(842, Math.round(read.firstPage().getWidth())),
                () -> assertEquals(595, Math.round(read.firstPage().getHeight())),
                () -> assertEquals("Certificate of completion: Trauma-Informed Care", read.title()),
                () -> assertEquals("Linden Ridge Cancer Center \u00b7 Patient Relations", read.author()),
                () -> assertEquals("Aisha Bello completed Trauma-Informed Care, version 1, on March 10, 2026",
                        read.subject()),
                () -> assertEquals("CL-7KQM-X2PD-RH4N", read.keywords()));
    }

    @Test
    void accentedNamesAndAVeryLongTitleStillFitOnePageWithTheCode() {
        String title = "Cultural Sensitivity and Humility in Cancer Care: Working with Interpreters, Families, "
                + "Faith Traditions and Patients Who Distrust Health Care, Including Advanced Case Studies";
        PdfText read = PdfText.of(pdf.render(SampleCertificates.issued("CL-2222-3333-4444",
                "Zo\u00eb \u00c1lvarez-N\u00fa\u00f1ez O'Sullivan", title, 12, COMPLETED_AT)));

        assertAll(
                () -> assertEquals(1, read.pages()),
                () -> assertTrue(read.text().contains("Zo\u00eb \u00c1lvarez-N\u00fa\u00f1ez O'Sullivan"), read.text()),
                () -> assertTrue(read.text().contains(title), read.text()),
                () -> assertTrue(read.text().contains("CL-2222-3333-4444"), read.text()),
                () -> assertTrue(read.text().contains("Version 12"), read.text()));
    }
}

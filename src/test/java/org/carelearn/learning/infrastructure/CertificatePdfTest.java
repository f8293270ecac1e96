package org.carelearn.learning.infrastructure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
                () -> assertTrue(text.contains("Mar 10, 2026"), "the date in the hospital's zone: " + text),
                () -> assertFalse(text.contains("Mar 11, 2026"), text),
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
                () -> assertEquals("Aisha Bello completed Trauma-Informed Care, version 1, on Mar 10, 2026",
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

    @Test
    /** OpenPDF embeds a font with the glyphs the standard fonts lack, so such a name prints in any viewer. */
    void namesBeyondWesternEuropeanLettersPrintInAnEmbeddedFont() throws IOException {
        String name = "Nguy\u1ec5n Th\u1ecb H\u1ed3ng \u0141ukasz";
        byte[] file = pdf.render(SampleCertificates.issued("CL-5555-6666-7777", name, "Trauma-informed care", 1,
                COMPLETED_AT));
        assertTrue(PdfText.of(file).text().contains(name));
        try (PDDocument document = Loader.loadPDF(file)) {
            PDResources resources = document.getPage(0).getResources();
            List<String> embedded = new ArrayList<>();
            for (COSName fontName : resources.getFontNames()) {
                PDFont font = resources.getFont(fontName);
                if (font.isEmbedded()) {
                    embedded.add(font.getName());
                }
            }
            assertFalse(embedded.isEmpty(), "no embedded font: the name's letters would depend on the viewer");
        }
    }
}

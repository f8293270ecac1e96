package org.carelearn.learning.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.carelearn.learning.domain.Certificate;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.time.DateStyle;

/**
 * A certificate as an A4 landscape PDF: who completed which course version and when (a date in the hospital's
 * zone), who issued it, and the code and address at which anyone can check it. Text only, in the standard PDF
 * fonts, so the file is small and needs no font files; for letters those fonts lack (a Vietnamese or Polish
 * name) OpenPDF embeds a subset of a font that has them (CertificatePdfTest checks it).
 */
@ApplicationScoped
public class CertificatePdf {

    private static final Color ACCENT = new Color(0x2c, 0x6e, 0x6a);
    private static final Color INK = new Color(0x1f, 0x29, 0x33);
    private static final Color MUTED = new Color(0x52, 0x60, 0x6d);
    private static final float FRAME = 28;
    private static final float MARGIN = 84;
    private static final float FOOTER_TOP = 150;
    /** Long names and titles are set smaller rather than run into the footer. */
    private static final float[] SCALES = {1f, 0.85f, 0.7f, 0.55f};

    @Inject
    private Settings settings;

    public CertificatePdf() {
    }

    CertificatePdf(Settings settings) {
        this.settings = settings;
    }

    /** Where the certificate's code is checked; printed on it so that a reader can follow it. */
    public String verificationUrl(Certificate certificate) {
        return settings.publicUrl() + "/verify.xhtml?code=" + certificate.getCode();
    }

    public String completedOn(Certificate certificate) {
        return DateStyle.date(certificate.getCompletedAt(), settings.hospitalZone());
    }

    public byte[] render(Certificate certificate) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        // a landscape page of its own rather than A4.rotate(), which is portrait turned by the viewer (/Rotate)
        Document document = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()));
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        writer.setViewerPreferences(PdfWriter.PageLayoutSinglePage);
        document.addTitle("Certificate of completion: " + certificate.getCourseTitle());
        document.addSubject(certificate.getLearnerName() + " completed " + certificate.getCourseTitle() + ", version "
                + certificate.getCourseVersion() + ", on " + completedOn(certificate));
        document.addAuthor(settings.organisationName());
        document.addKeywords(certificate.getCode());
        document.addCreator("CareLearn");
        document.addCreationDate();
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        frame(canvas, page);
        body(canvas, page, certificate);
        footer(canvas, page, certificate);
        document.close();
        return pdf.toByteArray();
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(2.5f);
        canvas.rectangle(FRAME, FRAME, page.getWidth() - 2 * FRAME, page.getHeight() - 2 * FRAME);
        canvas.stroke();
        canvas.setLineWidth(0.6f);
        float inner = FRAME + 7;
        canvas.rectangle(inner, inner, page.getWidth() - 2 * inner, page.getHeight() - 2 * inner);
        canvas.stroke();
        canvas.restoreState();
    }

    /** The statement itself, centred in the space above the footer at the largest scale that fits. */
    private void body(PdfContentByte canvas, Rectangle page, Certificate certificate) {
        float top = page.getHeight() - MARGIN + 20;
        float bottom = FOOTER_TOP + 16;
        float scale = SCALES[SCALES.length - 1];
        float used = top - bottom;
        for (float candidate : SCALES) {
            ColumnText trial = column(canvas, page, certificate, candidate, top, bottom);
            if (!ColumnText.hasMoreText(trial.go(true))) {
                scale = candidate;
                used = top - trial.getYLine();
                break;
            }
        }
        float offset = Math.max(0, (top - bottom - used) / 2);
        column(canvas, page, certificate, scale, top - offset, bottom).go();
    }

    private ColumnText column(PdfContentByte canvas, Rectangle page, Certificate certificate, float scale, float top,
            float bottom) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(MARGIN, bottom, page.getWidth() - MARGIN, top);
        Chunk heading = new Chunk("CERTIFICATE OF COMPLETION", font(Font.HELVETICA, 13, Font.BOLD, ACCENT));
        heading.setCharacterSpacing(1.2f);
        column.addElement(line(new Paragraph(heading), 0));
        column.addElement(line(new Paragraph("This certifies that", font(Font.TIMES_ROMAN, 16, Font.ITALIC, MUTED)),
                30));
        column.addElement(line(new Paragraph(certificate.getLearnerName(),
                font(Font.TIMES_ROMAN, 38 * scale, Font.BOLD, INK)), 12));
        column.addElement(line(new Paragraph("has completed the course",
                font(Font.TIMES_ROMAN, 16, Font.ITALIC, MUTED)), 16));
        column.addElement(line(new Paragraph(certificate.getCourseTitle(),
                font(Font.HELVETICA, 24 * scale, Font.BOLD, ACCENT)), 12));
        column.addElement(line(new Paragraph("Version " + certificate.getCourseVersion() + "  \u00b7  completed on "
                + completedOn(certificate), font(Font.HELVETICA, 12, Font.NORMAL, MUTED)), 12));
        return column;
    }

    /** Issuer on the left, code and verification address on the right, under a hairline. */
    private void footer(PdfContentByte canvas, Rectangle page, Certificate certificate) {
        float width = page.getWidth() - 2 * MARGIN;
        canvas.saveState();
        canvas.setColorStroke(MUTED);
        canvas.setLineWidth(0.4f);
        canvas.moveTo(MARGIN, FOOTER_TOP);
        canvas.lineTo(MARGIN + width, FOOTER_TOP);
        canvas.stroke();
        canvas.restoreState();

        PdfPTable table = new PdfPTable(new float[] {1f, 1.4f});
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        Paragraph issuer = label("Issued by");
        issuer.add(new Chunk("\n" + settings.organisationName(), font(Font.HELVETICA, 12, Font.NORMAL, INK)));
        table.addCell(cell(issuer, Element.ALIGN_LEFT));

        String url = verificationUrl(certificate);
        Paragraph check = label("Verification code");
        check.add(new Chunk("\n" + certificate.getCode(), font(Font.COURIER, 14, Font.BOLD, INK)));
        check.add(new Chunk("\nCheck this certificate at\n", font(Font.HELVETICA, 8, Font.NORMAL, MUTED)));
        check.add(new Chunk(url, font(Font.HELVETICA, 9, Font.NORMAL, ACCENT)).setAnchor(url));
        table.addCell(cell(check, Element.ALIGN_RIGHT));
        table.writeSelectedRows(0, -1, MARGIN, FOOTER_TOP - 12, canvas);
    }

    private static Paragraph line(Paragraph paragraph, float spacingBefore) {
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setMultipliedLeading(1.2f);
        return paragraph;
    }

    private static Paragraph label(String text) {
        Chunk label = new Chunk(text.toUpperCase(Locale.ROOT), font(Font.HELVETICA, 7.5f, Font.BOLD, MUTED));
        label.setCharacterSpacing(0.6f);
        Paragraph paragraph = new Paragraph(label);
        paragraph.setMultipliedLeading(1.45f);
        return paragraph;
    }

    private static PdfPCell cell(Paragraph content, int alignment) {
        content.setAlignment(alignment);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(content);
        return cell;
    }

    private static Font font(int family, float size, int style, Color color) {
        return new Font(family, size, style, color);
    }
}

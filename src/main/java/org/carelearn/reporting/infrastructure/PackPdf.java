package org.carelearn.reporting.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.carelearn.platform.time.DateStyle;
import org.carelearn.reporting.application.pack.PackCompetency;
import org.carelearn.reporting.application.pack.PackContent;
import org.carelearn.reporting.application.pack.PackPerson;
import org.carelearn.reporting.application.pack.PackTraining;

/**
 * A survey-ready pack as an A4 PDF (OpenPDF, as the certificates and the response letter): a cover with what it
 * covers and when it was drawn up, then each person under their own heading with their job role, a table of the
 * competencies their job requires (status, level, date, evidence, validator) and one of their required training
 * (completion date, certificate code). Standard PDF fonts, text only.
 */
public final class PackPdf {

    private static final Color ACCENT = new Color(0x2c, 0x6e, 0x6a);
    private static final Color INK = new Color(0x1f, 0x29, 0x33);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, ACCENT);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);
    private static final Font HEAD_CELL = new Font(Font.HELVETICA, 8, Font.BOLD, INK);
    private static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL, INK);

    private PackPdf() {
    }

    public static byte[] write(PackContent pack, String organisation, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Survey-ready pack: " + pack.title());
            document.addAuthor(organisation);
            document.addSubject("Staff competency and training evidence");
            document.open();
            document.add(new Paragraph(organisation, HEADING));
            document.add(new Paragraph("Survey-ready pack: " + pack.title(), TITLE));
            document.add(new Paragraph("Competencies and required training of " + pack.people().size()
                    + (pack.people().size() == 1 ? " person" : " people") + " as they stood on "
                    + DateStyle.date(pack.on()) + "; drawn up " + DateStyle.dateTime(pack.generatedAt(), zone)
                    + ". Staff records only: nothing of any patient.", BODY));
            for (PackPerson person : pack.people()) {
                person(document, person);
            }
            if (pack.people().isEmpty()) {
                document.add(new Paragraph("Nobody in active service is in this pack.", BODY));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the pack's PDF", e);
        }
        return out.toByteArray();
    }

    private static void person(Document document, PackPerson person) throws DocumentException {
        Paragraph name = new Paragraph(person.displayName() + " (" + person.employeeId() + ")", HEADING);
        name.setSpacingBefore(14);
        document.add(name);
        document.add(new Paragraph(person.jobRoleTitle() + ", " + person.departmentName() + ". Competencies held: "
                + person.competenciesHeld() + " of " + person.competencies().size() + "; required training completed: "
                + person.trainingCompleted() + " of " + person.training().size() + ".", BODY));
        if (person.competencies().isEmpty()) {
            document.add(new Paragraph("Their job requires no competency.", BODY));
        } else {
            PdfPTable table = table(new float[] {3.2f, 1.3f, 1f, 1.4f, 1.4f, 1.6f, 1.7f}, List.of("Competency",
                    "Status", "Level shown of needed", "Evidence given", "Lapses or lapsed", "Evidence", "Validator"));
            for (PackCompetency c : person.competencies()) {
                cells(table, c.label(), c.status().getLabel(), (c.levelShown() == null ? "none" : c.levelShown())
                        + " of " + c.levelNeeded(), date(c.shownOn()), date(c.lapsesOn()), text(c.evidence()),
                        text(c.validator()));
            }
            document.add(table);
        }
        if (person.training().isEmpty()) {
            document.add(new Paragraph("No training is required of them.", BODY));
        } else {
            PdfPTable table = table(new float[] {3.6f, 1.3f, 1.4f, 1.4f, 2f}, List.of("Required training", "State",
                    "Due", "Completed on", "Certificate"));
            for (PackTraining t : person.training()) {
                cells(table, t.courseTitle(), t.state(), date(t.dueOn()), date(t.completedOn()),
                        text(t.certificateCode()));
            }
            document.add(table);
        }
    }

    private static PdfPTable table(float[] widths, List<String> headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEAD_CELL));
            cell.setBorderColor(RULE);
            cell.setBackgroundColor(new Color(0xee, 0xf2, 0xf5));
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value, CELL));
            cell.setBorderColor(RULE);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            table.addCell(cell);
        }
    }

    private static String date(LocalDate day) {
        return day == null ? "" : DateStyle.date(day);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

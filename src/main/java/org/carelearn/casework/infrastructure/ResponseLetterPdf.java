package org.carelearn.casework.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.carelearn.casework.application.LetterPrinter;
import org.carelearn.casework.application.ResponseLetter;
import org.carelearn.platform.time.DateStyle;

/**
 * The written response as an A4 letter (OpenPDF): the organisation, the reference, then the four parts the rule
 * asks for under their own headings, so that a reader (and a surveyor) finds each. Standard PDF fonts; the
 * document information carries the reference only, never the patient.
 */
@ApplicationScoped
public class ResponseLetterPdf implements LetterPrinter {

    private static final Color INK = new Color(0x1f, 0x29, 0x33);
    private static final Color ACCENT = new Color(0x2c, 0x6e, 0x6a);

    @Override
    public byte[] print(ResponseLetter letter) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 64, 64);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle("Response to your " + letter.kind() + " " + letter.reference());
            document.addAuthor(letter.organisation());
            document.addCreator("CareLearn");
            document.open();
            Font heading = new Font(Font.HELVETICA, 11, Font.BOLD, ACCENT);
            Font body = new Font(Font.HELVETICA, 11, Font.NORMAL, INK);
            document.add(new Paragraph(letter.organisation(), new Font(Font.HELVETICA, 14, Font.BOLD, ACCENT)));
            document.add(new Paragraph("Our reference: " + letter.reference(), body));
            document.add(new Paragraph("Patient record: " + letter.patientReference(), body));
            document.add(new Paragraph(" ", body));
            document.add(new Paragraph("Written response to your " + letter.kind() + " received on "
                    + DateStyle.date(letter.receivedOn()), new Font(Font.HELVETICA, 13, Font.BOLD, INK)));
            section(document, heading, body, "Your contact at the hospital", letter.contactPerson());
            section(document, heading, body, "Steps taken to investigate", letter.stepsTaken());
            section(document, heading, body, "Results", letter.results());
            section(document, heading, body, "Date of completion", DateStyle.date(letter.completedOn()));
            document.add(new Paragraph(" ", body));
            document.add(new Paragraph("If you are not satisfied with this response, please contact the person named"
                    + " above. You may also contact your state's survey agency or the hospital's accrediting"
                    + " organisation.", body));
        } catch (DocumentException e) {
            throw new IllegalStateException("The response letter could not be written", e);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static void section(Document document, Font heading, Font body, String title, String text) {
        if (text == null) {
            return;
        }
        Paragraph h = new Paragraph(title, heading);
        h.setSpacingBefore(10);
        document.add(h);
        document.add(new Paragraph(text, body));
    }
}

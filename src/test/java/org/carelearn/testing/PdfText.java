package org.carelearn.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF as a reader sees it, read with PDFBox (not the library that wrote it): its text with every run of
 * white space as one space, so that a wrapped title still reads as one phrase, and its document information.
 *
 * @param pages how many pages it has
 * @param firstPage the first page's size in points
 */
public record PdfText(String text, int pages, PDRectangle firstPage, String title, String author, String subject,
        String keywords) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").strip();
            PDDocumentInformation info = document.getDocumentInformation();
            return new PdfText(text, document.getNumberOfPages(), document.getPage(0).getMediaBox(), info.getTitle(),
                    info.getAuthor(), info.getSubject(), info.getKeywords());
        } catch (IOException e) {
            throw new UncheckedIOException("Not a readable PDF", e);
        }
    }
}

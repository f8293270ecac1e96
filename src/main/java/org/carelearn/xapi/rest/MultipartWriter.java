package org.carelearn.xapi.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carelearn.xapi.domain.statement.Attachment;

/** Writes a GET response with attachments: the JSON part, then one part per attachment content. */
final class MultipartWriter {

    private MultipartWriter() {
    }

    static byte[] write(String boundary, String json, List<Attachment> attachments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        text(out, "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n");
        text(out, json);
        for (Attachment attachment : attachments) {
            text(out, "\r\n--" + boundary + "\r\nContent-Type: " + attachment.contentType()
                    + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + attachment.sha2() + "\r\n\r\n");
            out.writeBytes(attachment.content());
        }
        text(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

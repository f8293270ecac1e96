package org.carelearn.platform.csv;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * An uploaded CSV file as CareLearn reads it: RFC 4180, spaces around a field ignored, empty lines skipped, and a
 * leading byte order mark (what spreadsheet programs put before a UTF-8 export) dropped before parsing.
 */
public final class UploadedCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true).get();

    private UploadedCsv() {
    }

    /** A parser over the file's records; the caller closes it. */
    public static CSVParser parse(Reader input) throws IOException {
        return CSVParser.parse(withoutByteOrderMark(input), FORMAT);
    }

    private static Reader withoutByteOrderMark(Reader input) throws IOException {
        PushbackReader reader = new PushbackReader(input, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}

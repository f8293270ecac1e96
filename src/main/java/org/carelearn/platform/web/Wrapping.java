package org.carelearn.platform.web;

/**
 * Long identifiers in narrow table cells (user names, IRIs, registration UUIDs): the browser may break them
 * only after their separators, never inside a word, so "https://carelearn.example/courses/trauma-informed-care"
 * wraps as "https://carelearn.example/courses/" and "trauma-informed-care". The page shows the result
 * unescaped; everything but the inserted {@code <wbr>} is escaped here.
 */
public final class Wrapping {

    private static final String SEPARATORS = "/.-_@:?&=";

    private Wrapping() {
    }

    /** The text as HTML, with a line-break opportunity after each separator that has more text after it. */
    public static String atSeparators(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
            if (SEPARATORS.indexOf(c) >= 0 && i + 1 < text.length() && SEPARATORS.indexOf(text.charAt(i + 1)) < 0) {
                html.append("<wbr>");
            }
        }
        return html.toString();
    }
}

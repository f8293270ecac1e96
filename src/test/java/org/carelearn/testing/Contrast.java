package org.carelearn.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contrast ratios of CSS colours as WCAG 2.1 defines them (relative luminance of sRGB and
 * (L1 + 0.05) / (L2 + 0.05), https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): 4.5:1 for text (1.4.3), 3:1 for
 * what a person must see of a control, such as its focus indicator (1.4.11).
 */
public final class Contrast {

    private static final Pattern RGB = Pattern.compile("rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)");

    private Contrast() {
    }

    /** The ratio between a colour and the opaque colour behind it, as computed style gives them ("rgb(...)"). */
    public static double ratio(String foreground, String background) {
        double[] back = parse(background);
        double[] fore = over(parse(foreground), back);
        double lighter = Math.max(luminance(fore), luminance(back));
        double darker = Math.min(luminance(fore), luminance(back));
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** Whether the colour lets anything show: alpha above zero. */
    public static boolean visible(String color) {
        return parse(color)[3] > 0;
    }

    /** A colour with alpha as it shows over an opaque one. */
    private static double[] over(double[] color, double[] behind) {
        double alpha = color[3];
        return new double[] {color[0] * alpha + behind[0] * (1 - alpha), color[1] * alpha + behind[1] * (1 - alpha),
            color[2] * alpha + behind[2] * (1 - alpha), 1};
    }

    private static double luminance(double[] rgb) {
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(double channel) {
        double c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double[] parse(String css) {
        Matcher m = RGB.matcher(css.strip());
        if (!m.find()) {
            throw new IllegalArgumentException("not an rgb() colour: " + css);
        }
        double alpha = m.group(4) == null ? 1 : Double.parseDouble(m.group(4));
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
            Double.parseDouble(m.group(3)), alpha};
    }
}

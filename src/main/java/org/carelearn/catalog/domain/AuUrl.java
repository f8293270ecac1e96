package org.carelearn.catalog.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for an AU's url (cmi5 §13.1.4 and §14): relative to the package root or fully qualified
 * http(s); its own query string is kept and merged with the launch parameters, so it must not already
 * carry one of them; no fragment, because the launch parameters go into the query string in front of it.
 */
public final class AuUrl {

    /** The parameters the LMS adds at launch (cmi5 §8.1). */
    public static final Set<String> LAUNCH_PARAMETERS = Set.of("endpoint", "fetch", "actor", "registration",
            "activityid");

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private AuUrl() {
    }

    public static boolean isAbsolute(String url) {
        return SCHEME.matcher(url).matches();
    }

    /** The path of a relative url, percent-decoded: the name of the package file it points to. */
    public static String packagePath(String url) {
        String path = url;
        int cut = indexOfAny(path, "?#");
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        return decode(path);
    }

    /** The problems of this url, each a sentence for the person who made the package. */
    public static List<String> problems(String url, boolean standalone, Set<String> packageFiles) {
        List<String> problems = new ArrayList<>();
        if (url.isEmpty()) {
            return List.of("url is empty");
        }
        if (url.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
            problems.add("url '" + url + "' contains spaces or control characters (encode them as %20 and so on)");
        }
        if (url.indexOf('#') >= 0) {
            problems.add("url '" + url + "' has a fragment (#...): CareLearn adds the launch parameters to the"
                    + " query string, and a fragment in front of them would hide them from the AU");
        }
        for (String name : queryParameterNames(url)) {
            if (LAUNCH_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add("url '" + url + "' already has the launch parameter '" + name
                        + "', which CareLearn adds at launch (endpoint, fetch, actor, registration, activityId)");
            }
        }
        if (isAbsolute(url)) {
            String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problems.add("url '" + url + "' uses the scheme '" + scheme
                        + "'; CareLearn launches AUs in a web browser, so a url must be http(s) or relative");
            } else if (!url.substring(scheme.length() + 1).startsWith("//") || url.length() <= scheme.length() + 3) {
                problems.add("url '" + url + "' is not a complete http(s) address");
            }
            return problems;
        }
        if (standalone) {
            problems.add("url '" + url + "' is relative, but a cmi5.xml imported on its own has no files, so every"
                    + " url must be a fully qualified http(s) address (cmi5 §14.2)");
            return problems;
        }
        String path = packagePath(url);
        if (url.startsWith("/") || url.startsWith("\\")) {
            problems.add("url '" + url + "' starts with '/'; a url into the package is relative to its root");
        } else if (path.contains("\\") || List.of(path.split("/")).contains("..")) {
            problems.add("url '" + url + "' leaves the package (.. or \\ in its path)");
        } else if (!packageFiles.contains(path)) {
            problems.add("url '" + url + "' points to '" + path + "', which is not a file in the zip (cmi5 §14.1)");
        }
        return problems;
    }

    private static List<String> queryParameterNames(String url) {
        int start = url.indexOf('?');
        if (start < 0) {
            return List.of();
        }
        int end = url.indexOf('#', start);
        String query = end < 0 ? url.substring(start + 1) : url.substring(start + 1, end);
        List<String> names = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

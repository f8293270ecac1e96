package org.carelearn.platform.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.carelearn.platform.BusinessRuleException;

/**
 * The address people and systems reach CareLearn at, as certificates print it ({@code <address>/verify.xhtml}):
 * an absolute http or https URL with a host, perhaps a port and a path, and nothing else (no user name, query or
 * fragment), kept without a trailing slash.
 */
public final class PublicAddress {

    /** The column holds 2000 characters; an address is far shorter in practice. */
    public static final int MAX_LENGTH = 2000;

    private PublicAddress() {
    }

    /**
     * The address as it is stored and used.
     *
     * @throws BusinessRuleException saying what is wrong with it
     */
    public static String of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("Give the public address, for example https://learning.example-hospital.org");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BusinessRuleException("The public address must be at most " + MAX_LENGTH + " characters");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            throw new BusinessRuleException("The public address must start with https:// or http://, for example"
                    + " https://learning.example-hospital.org");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new BusinessRuleException("\"" + text + "\" is not a web address; type it as in a browser's"
                    + " address bar, for example https://learning.example-hospital.org");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new BusinessRuleException("The public address needs a server name, as in https://learning.example-hospital.org");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new BusinessRuleException("The public address is the server's address only: no user name, ? or #");
        }
        String address = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority()
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
        while (address.endsWith("/")) {
            address = address.substring(0, address.length() - 1);
        }
        return address;
    }
}

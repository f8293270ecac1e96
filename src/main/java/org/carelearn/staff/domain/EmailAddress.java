package org.carelearn.staff.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.carelearn.platform.BusinessRuleException;

/**
 * Staff e-mail addresses, stored lower case so that the unique constraint catches "A.Lee@" and
 * "a.lee@" as one person. The check is deliberately plain (local part, one @, a dotted domain): the
 * HR system owns the addresses, CareLearn only refuses what cannot be an address.
 */
public final class EmailAddress {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private EmailAddress() {
    }

    public static String normalize(String email) {
        String value = email == null ? "" : email.strip();
        if (value.isEmpty()) {
            throw new BusinessRuleException("E-mail is required");
        }
        if (value.length() > 254 || !FORM.matcher(value).matches()) {
            throw new BusinessRuleException("E-mail '" + value + "' is not a valid address");
        }
        return value.toLowerCase(Locale.ROOT);
    }
}

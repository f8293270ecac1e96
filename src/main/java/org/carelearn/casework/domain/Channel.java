package org.carelearn.casework.domain;

/** How a case reached the hospital. A written one is always a grievance (CMS, 42 CFR 482.13(a)(2)). */
public enum Channel {
    IN_PERSON("In person", false),
    TELEPHONE("Telephone", false),
    LETTER("Letter", true),
    EMAIL("E-mail", true),
    WEB_FORM("Web form", true);

    private final String label;
    private final boolean written;

    Channel(String label, boolean written) {
        this.label = label;
        this.written = written;
    }

    public String getLabel() {
        return label;
    }

    public boolean isWritten() {
        return written;
    }
}

package org.carelearn.learning.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The activity ids the LMS generates for AUs, blocks and courses (cmi5 8.1.5 and 9.4): never the
 * publisher's id, and the same for a given AU in every registration, so reports can follow an AU across
 * learners. Derived by name (UUID v3) from the publisher ids under the LMS's own IRI, so they need no
 * table and survive a course being imported again.
 */
public record Cmi5Ids(String base) {

    public Cmi5Ids {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String au(String courseIri, String auIri) {
        return base + "/au/" + name("au", courseIri, auIri);
    }

    public String block(String courseIri, String blockIri) {
        return base + "/block/" + name("block", courseIri, blockIri);
    }

    public String course(String courseIri) {
        return base + "/course/" + name("course", courseIri, "");
    }

    private static UUID name(String kind, String courseIri, String memberIri) {
        String text = kind + "\n" + courseIri + "\n" + memberIri;
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

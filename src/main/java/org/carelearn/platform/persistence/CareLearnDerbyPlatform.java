package org.carelearn.platform.persistence;

import java.io.IOException;
import java.io.Writer;
import org.eclipse.persistence.platform.database.DerbyPlatform;

/**
 * EclipseLink's Derby platform, with booleans written as SQL {@code TRUE}/{@code FALSE}. The stock
 * platform inherits DB2's habit of writing booleans as 1 and 0, which Derby (10.7 and later, with a real
 * BOOLEAN type) refuses to compare with a BOOLEAN column. Named in persistence.xml as the target database.
 */
public class CareLearnDerbyPlatform extends DerbyPlatform {

    private static final long serialVersionUID = 1L;

    @Override
    protected void appendBoolean(Boolean bool, Writer writer) throws IOException {
        writer.write(Boolean.TRUE.equals(bool) ? "TRUE" : "FALSE");
    }
}

package org.carelearn.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** CareLearn's REST API lives under /api; web.xml protects it by role like the pages. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}

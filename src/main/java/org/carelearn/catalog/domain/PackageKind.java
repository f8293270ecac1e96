package org.carelearn.catalog.domain;

/** How a version came in: a zip with its files (cmi5 §14.1), or a cmi5.xml on its own whose AUs live elsewhere (§14.2). */
public enum PackageKind {
    PACKAGE,
    EXTERNAL
}

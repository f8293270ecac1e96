package org.carelearn.catalog.domain;

/** A member of a course structure: an AU, or a block that groups AUs and blocks. */
public sealed interface StructureNode permits Au, Block {

    String id();

    String title();

    String description();
}

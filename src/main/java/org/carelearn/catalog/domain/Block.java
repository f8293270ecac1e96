package org.carelearn.catalog.domain;

import java.util.List;
import java.util.Objects;

/** A block (cmi5 §13.1.2): AUs and blocks grouped under a title, in document order. */
public record Block(String id, String title, String description, List<StructureNode> children)
        implements StructureNode {

    public Block {
        Objects.requireNonNull(id, "id");
        children = List.copyOf(children);
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<StructureNode> getChildren() {
        return children;
    }
}

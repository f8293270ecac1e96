package org.carelearn.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course as its cmi5.xml describes it (cmi5 §13): the course's id, title and description, and its AUs and
 * blocks in document order. Titles and descriptions are the English text, or the first one given.
 */
public record CourseStructure(String id, String title, String description, List<StructureNode> children) {

    public CourseStructure {
        Objects.requireNonNull(id, "id");
        children = List.copyOf(children);
    }

    /** Every AU at any depth, in document order. */
    public List<Au> aus() {
        List<Au> aus = new ArrayList<>();
        collect(children, aus, new ArrayList<>());
        return aus;
    }

    /** Every block at any depth, in document order (a block before its members). */
    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        collect(children, new ArrayList<>(), blocks);
        return blocks;
    }

    public Optional<Au> au(String auId) {
        return aus().stream().filter(au -> au.id().equals(auId)).findFirst();
    }

    private static void collect(List<StructureNode> nodes, List<Au> aus, List<Block> blocks) {
        for (StructureNode node : nodes) {
            if (node instanceof Au au) {
                aus.add(au);
            } else if (node instanceof Block block) {
                blocks.add(block);
                collect(block.children(), aus, blocks);
            }
        }
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

    public List<Au> getAus() {
        return aus();
    }
}

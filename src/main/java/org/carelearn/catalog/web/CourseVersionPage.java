package org.carelearn.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseVersionView;
import org.carelearn.catalog.domain.Au;
import org.carelearn.catalog.domain.Block;
import org.carelearn.catalog.domain.StructureNode;
import org.omnifaces.cdi.Param;

/** admin/course-version.xhtml?version=N: one version's structure (blocks and AUs) and the course's versions. */
@Named
@RequestScoped
public class CourseVersionPage {

    @Inject
    private Catalog catalog;

    @Inject
    @Param(name = "version")
    private String versionId;

    private CourseVersionView version;
    private List<Row> rows;

    /** One line of the structure: a block or an AU, indented by its depth. */
    public record Row(int depth, Block block, Au au) {

        public int getDepth() {
            return depth;
        }

        public boolean isBlockRow() {
            return block != null;
        }

        public Block getBlock() {
            return block;
        }

        public Au getAu() {
            return au;
        }
    }

    public CourseVersionView getVersion() {
        if (version == null && versionId != null && versionId.matches("\\d{1,18}")) {
            version = catalog.version(Long.parseLong(versionId)).orElse(null);
        }
        return version;
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            if (getVersion() != null) {
                add(version.structure().children(), 0);
            }
        }
        return rows;
    }

    private void add(List<StructureNode> nodes, int depth) {
        for (StructureNode node : nodes) {
            if (node instanceof Block block) {
                rows.add(new Row(depth, block, null));
                add(block.children(), depth + 1);
            } else if (node instanceof Au au) {
                rows.add(new Row(depth, null, au));
            }
        }
    }

    public List<CourseVersionView> getHistory() {
        return getVersion() == null ? List.of() : catalog.versions(version.courseIri());
    }
}

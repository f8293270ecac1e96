package org.carelearn.assignment.rest;

import java.util.List;
import org.carelearn.assignment.domain.Curriculum;

/** A curriculum as the REST API shows it. */
public record CurriculumDto(long id, String name, List<String> courseIris, boolean unlockInOrder) {

    static CurriculumDto of(Curriculum curriculum) {
        return new CurriculumDto(curriculum.getId(), curriculum.getName(), curriculum.getCourses(),
                curriculum.isUnlockInOrder());
    }
}

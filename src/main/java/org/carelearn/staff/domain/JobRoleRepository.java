package org.carelearn.staff.domain;

import java.util.List;
import java.util.Optional;

public interface JobRoleRepository {

    List<JobRole> findAll();

    Optional<JobRole> findByCode(String code);

    void add(JobRole jobRole);
}

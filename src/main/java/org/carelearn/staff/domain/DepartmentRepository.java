package org.carelearn.staff.domain;

import java.util.List;
import java.util.Optional;

public interface DepartmentRepository {

    List<Department> findAll();

    Optional<Department> findByCode(String code);

    void add(Department department);
}

package org.carelearn.assignment.domain;

import java.util.List;
import java.util.Optional;

/** The staff directory as assignment needs it; implemented over staff's application service. */
public interface People {

    Optional<Person> person(String employeeId);

    /** Everyone in active service, for evaluating whom a rule reaches. */
    List<Person> active();
}

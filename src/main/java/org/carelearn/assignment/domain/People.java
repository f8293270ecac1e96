package org.carelearn.assignment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The staff directory as assignment needs it; implemented over staff's application service. */
public interface People {

    Optional<Person> person(String employeeId);

    /** These people, as many as the directory knows (in no particular order); one read for all of them. */
    List<Person> people(Collection<String> employeeIds);

    /** Everyone in active service, for evaluating whom a rule reaches. */
    List<Person> active();
}

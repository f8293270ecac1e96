package org.carelearn.assignment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.carelearn.assignment.application.WorkbenchStore.PersonRows;
import org.junit.jupiter.api.Test;

/** Which people a page ordered by name reaches, and how many of the first one's rows it skips. */
class WorkbenchListingTest {

    private static final List<PersonRows> PEOPLE = List.of(new PersonRows("A", 3, 1, "D", "J"),
            new PersonRows("B", 1, 0, "D", "J"), new PersonRows("C", 30, 30, "D", "J"),
            new PersonRows("D", 2, 2, "D", "J"));

    private static String reached(int first, int max) {
        List<String> asked = new ArrayList<>();
        WorkbenchListing.page(PEOPLE, first, max, (ids, skip) -> {
            asked.add(ids + " skip " + skip);
            return List.of();
        });
        return asked.isEmpty() ? "nobody" : asked.get(0);
    }

    @Test
    void aPageReadsOnlyThePeopleItReaches() {
        assertEquals("[A, B, C] skip 0", reached(0, 5), "A's 3 rows, B's 1, then C's first");
        assertEquals("[A, B] skip 2", reached(2, 2), "A's last row and B's");
        assertEquals("[C] skip 0", reached(4, 25), "C alone fills a page of 25");
        assertEquals("[C, D] skip 29", reached(33, 25), "C's last row and D's two");
        assertEquals("nobody", reached(36, 25), "past the last row");
        assertEquals("nobody", reached(0, 0), "a page of no rows");
    }
}

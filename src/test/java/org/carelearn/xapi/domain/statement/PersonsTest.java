package org.carelearn.xapi.domain.statement;

import static org.carelearn.xapi.domain.validation.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonsTest {

    @Test
    void everyPropertyBecomesAnArray() {
        assertEquals(parse("""
                {"objectType": "Person", "name": ["Ward Nurse"], "mbox": ["mailto:nurse@example.org"]}"""),
                Persons.of(parse("""
                        {"objectType": "Agent", "name": "Ward Nurse", "mbox": "mailto:nurse@example.org"}""")));
    }

    @Test
    void accountStaysAnObjectInsideItsArray() {
        assertEquals(parse("""
                {"objectType": "Person", "account": [{"homePage": "https://hr.example.org", "name": "e123"}]}"""),
                Persons.of(parse("""
                        {"account": {"homePage": "https://hr.example.org", "name": "e123"}}""")));
    }
}

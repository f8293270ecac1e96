package org.carelearn.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carelearn.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** The public address the first-run setup takes: a web address of the server, kept without a trailing slash. */
class PublicAddressTest {

    @Test
    void keepsTheAddressWithoutATrailingSlash() {
        assertEquals("https://learning.lindenridge.example", PublicAddress.of(" https://learning.lindenridge.example/ "));
        assertEquals("http://10.2.0.7:8080/carelearn", PublicAddress.of("HTTP://10.2.0.7:8080/carelearn/"));
        assertEquals("https://learning.lindenridge.example", PublicAddress.of("https://learning.lindenridge.example"));
    }

    @Test
    void refusesWhatIsNotTheAddressOfAServer() {
        assertTrue(refusal("learning.lindenridge.example").startsWith("The public address must start with https://"));
        assertTrue(refusal("").startsWith("Give the public address"));
        assertTrue(refusal("ftp://files.example").startsWith("The public address must start with https://"));
        assertTrue(refusal("https://").contains("is not a web address"), refusal("https://"));
        assertTrue(refusal("https://bad_host.example").contains("server name"), refusal("https://bad_host.example"));
        assertTrue(refusal("https://learning.example/?x=1").contains("no user name, ? or #"));
        assertTrue(refusal("https://admin:secret@learning.example").contains("no user name, ? or #"));
        assertTrue(refusal("https://learning example").contains("is not a web address"));
        assertTrue(refusal("https://x.example/" + "a".repeat(2000)).contains("at most 2000 characters"));
    }

    private static String refusal(String typed) {
        return assertThrows(BusinessRuleException.class, () -> PublicAddress.of(typed)).getMessage();
    }
}

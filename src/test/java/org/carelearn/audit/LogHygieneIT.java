package org.carelearn.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.testing.Accounts;
import org.carelearn.testing.DemoAccounts;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.SampleStaff;
import org.carelearn.testing.WebClient;
import org.junit.jupiter.api.Test;

/** No password, hash or session id in any log, whatever happens at sign-in. */
class LogHygieneIT extends DeployedCareLearn {

    @Test
    void signInsFailuresAndPasswordChangesLeaveNoSecretInTheLogs() throws IOException {
        List<String> secrets = new ArrayList<>();
        String id = SampleStaff.uniqueEmployeeId();
        String temporary = Accounts.newPersonWithTemporaryPassword(base, id);
        secrets.add(temporary);
        WebClient person = new WebClient(base);
        person.signIn(id, "Wrong-Secret-Attempt-77");
        secrets.add("Wrong-Secret-Attempt-77");
        person.signIn(id, temporary);
        WebClient admin = WebClient.signedIn(base, DemoAccounts.ADMIN);
        secrets.add(DemoAccounts.ADMIN.password);
        admin.get("index.xhtml");
        admin.get("api/admin/staff?name=%25");
        secrets.add(admin.sessionId());
        secrets.add(person.sessionId());

        Path logs = Path.of(System.getProperty("jboss.home"), "standalone", "log");
        List<Path> files;
        try (var list = Files.list(logs)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("server.log")), files.toString());
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertFalse(text.contains(secret), file + " contains a secret");
            }
            assertFalse(text.contains("$2a$"), file + " contains a bcrypt hash");
            assertFalse(text.matches("(?s).*JSESSIONID=[A-Za-z0-9_-]{10,}.*"), file + " contains a session id");
        }
    }
}

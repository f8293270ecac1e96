package org.carelearn.xapi.domain.validation;

import static org.carelearn.xapi.domain.validation.JsonText.assertRejected;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Attachment metadata rules. */
class AttachmentRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalidStatements")
    void rejects(String description, String path, String statement) {
        assertRejected(statement, path);
    }

    static Stream<Arguments> invalidStatements() {
        return Stream.of(
            Arguments.of("attachments as object", "statement.attachments", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": {"usageType": "https://carelearn.example/attachments/certificate"}}
                """),
            Arguments.of("attachment as string", "statement.attachments[0]", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": ["certificate.pdf"]}
                """),
            Arguments.of("usageType missing", "statement.attachments[0].usageType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"display": {"en": "Certificate"}, "contentType": "application/pdf", "length": 10,
                                  "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("usageType without scheme", "statement.attachments[0].usageType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "certificate", "display": {"en": "Certificate"}, "contentType": "application/pdf",
                                  "length": 10, "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("display missing", "statement.attachments[0].display", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "contentType": "application/pdf",
                                  "length": 10, "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("display with bad language tag", "statement.attachments[0].display[certificate]", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "display": {"certificate": "Certificate"},
                                  "contentType": "application/pdf", "length": 10,
                                  "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("description as string", "statement.attachments[0].description", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "display": {"en": "Certificate"},
                                  "description": "PDF", "contentType": "application/pdf", "length": 10,
                                  "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("contentType as number", "statement.attachments[0].contentType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "display": {"en": "Certificate"},
                                  "contentType": 7, "length": 10,
                                  "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("contentType not a media type", "statement.attachments[0].contentType", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "display": {"en": "Certificate"},
                                  "contentType": "pdf", "length": 10,
                                  "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("length as string", "statement.attachments[0].length", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "display": {"en": "Certificate"},
                                  "contentType": "application/pdf", "length": "10",
                                  "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("length fractional", "statement.attachments[0].length", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "display": {"en": "Certificate"},
                                  "contentType": "application/pdf", "length": 10.5,
                                  "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("length missing", "statement.attachments[0].length", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "display": {"en": "Certificate"},
                                  "contentType": "application/pdf",
                                  "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("sha2 as number", "statement.attachments[0].sha2", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "display": {"en": "Certificate"},
                                  "contentType": "application/pdf", "length": 10, "sha2": 12345}]}
                """),
            Arguments.of("sha2 that is a sha-1", "statement.attachments[0].sha2", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "display": {"en": "Certificate"},
                                  "contentType": "application/pdf", "length": 10, "sha2": "5c0b1a2d3e4f5061728394a5b6c7d8e9f0a1b2c3"}]}
                """),
            Arguments.of("fileUrl without scheme", "statement.attachments[0].fileUrl", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "display": {"en": "Certificate"},
                                  "contentType": "application/pdf", "length": 10, "fileUrl": "files/1.pdf",
                                  "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """),
            Arguments.of("attachment with unknown property", "statement.attachments[0].name", """
                {"actor": {"mbox": "mailto:nurse.kim@carelearn.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://carelearn.example/activities/quiz"},
                 "attachments": [{"usageType": "https://carelearn.example/attachments/certificate", "display": {"en": "Certificate"},
                                  "contentType": "application/pdf", "length": 10, "name": "1.pdf",
                                  "sha2": "3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a"}]}
                """));
    }
}

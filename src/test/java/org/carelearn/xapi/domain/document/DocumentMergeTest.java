package org.carelearn.xapi.domain.document;

import static org.carelearn.xapi.domain.validation.JsonText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DocumentMergeTest {

    @Test
    void incomingTopLevelPropertiesReplaceAndOthersAreKept() {
        var merged = DocumentMerge.merge(
                parse("""
                        {"bookmark": "page-3", "attempts": 1, "settings": {"audio": true, "speed": 1.5}}"""),
                parse("""
                        {"attempts": 2, "settings": {"captions": true}, "lastSeen": "2024-05-01"}"""));
        assertEquals(parse("""
                {"bookmark": "page-3", "attempts": 2, "settings": {"captions": true}, "lastSeen": "2024-05-01"}"""), merged);
    }

    @Test
    void mergingIntoEmptyDocumentYieldsIncoming() {
        var incoming = parse("""
                {"progress": 0.4}""");
        assertEquals(incoming, DocumentMerge.merge(parse("{}"), incoming));
    }

    @Test
    void nullOverwritesRatherThanDeletes() {
        var merged = DocumentMerge.merge(parse("""
                {"bookmark": "page-3"}"""), parse("""
                {"bookmark": null}"""));
        assertEquals(parse("""
                {"bookmark": null}"""), merged);
    }

    @Test
    void inputsAreNotModified() {
        var existing = parse("""
                {"a": 1}""");
        DocumentMerge.merge(existing, parse("""
                {"a": 2}"""));
        assertEquals(parse("""
                {"a": 1}"""), existing);
        assertThrows(NullPointerException.class, () -> DocumentMerge.merge(null, existing));
    }
}

package org.carelearn.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carelearn.testing.SampleCourses;
import org.junit.jupiter.api.Test;

/** From cmi5.xml to the course structure: order, defaults, trimming, languages, and what is refused. */
class CourseStructureReaderTest {

    private static final String IRI = "https://carelearn.example/courses/test";
    private static final Set<String> FILES = Set.of("lesson/index.html", "assessment/index.html", "a.html");

    private static CourseStructureReader.Reading read(String xml, Set<String> files) {
        return CourseStructureReader.read(xml.getBytes(StandardCharsets.UTF_8), files);
    }

    @Test
    void theStructureKeepsDocumentOrderAtEveryDepth() {
        CourseStructureReader.Reading reading = read(SampleCourses.goodStructure(IRI, "Good"), FILES);
        assertEquals(List.of(), reading.problems());
        CourseStructure structure = reading.structure();
        assertEquals(IRI, structure.id());
        assertEquals("Good", structure.title());
        assertEquals(List.of(IRI + "/au/lesson", IRI + "/au/assessment"), structure.aus().stream().map(Au::id).toList());
        assertEquals(List.of(IRI + "/block/check"), structure.blocks().stream().map(Block::id).toList());
        Au assessment = structure.au(IRI + "/au/assessment").orElseThrow();
        assertEquals(MoveOn.PASSED, assessment.moveOn());
        assertEquals(LaunchMethod.OWN_WINDOW, assessment.launchMethod());
        assertEquals(new BigDecimal("0.8"), assessment.masteryScore());
        assertEquals("assessment/index.html?mode=exam", assessment.url());
        assertEquals(Optional.empty(), structure.au("https://elsewhere.example/au"));
    }

    @Test
    void defaultsApplyAndTextIsTrimmed() {
        String xml = SampleCourses.structure(IRI, "  Spaced title \n",
                "<au id=\"  " + IRI + "/au/1 \">" + SampleCourses.text("title", "\n  One  ")
                        + SampleCourses.text("description", " D ") + "<url>  a.html\n</url>"
                        + "<launchParameters>  mode=review </launchParameters></au>");
        CourseStructure structure = read(xml, FILES).structure();
        Au au = structure.aus().get(0);
        assertEquals("Spaced title", structure.title());
        assertEquals(IRI + "/au/1", au.id());
        assertEquals("One", au.title());
        assertEquals("a.html", au.url());
        assertEquals("mode=review", au.launchParameters());
        assertEquals(MoveOn.NOT_APPLICABLE, au.moveOn());
        assertEquals(LaunchMethod.ANY_WINDOW, au.launchMethod());
        assertNull(au.masteryScore());
        assertNull(au.entitlementKey());
        assertNull(au.activityType());
    }

    @Test
    void englishIsPreferredElseTheFirstLanguage() {
        String xml = SampleCourses.structure(IRI, "x", SampleCourses.au(IRI + "/au/1", "a.html", ""))
                .replace("<langstring lang=\"en-US\">x</langstring>",
                        "<langstring lang=\"de\">Kurs</langstring><langstring lang=\"en\">Course</langstring>")
                .replace("<langstring lang=\"en-US\">A course for tests</langstring>",
                        "<langstring lang=\"fr\">Un cours</langstring><langstring lang=\"es\">Un curso</langstring>");
        CourseStructure structure = read(xml, FILES).structure();
        assertEquals("Course", structure.title());
        assertEquals("Un cours", structure.description());
    }

    @Test
    void theLanguagesOfAStructureAreThoseOfItsLangstringsEachOnce() {
        String xml = SampleCourses.structure(IRI, "x", SampleCourses.au(IRI + "/au/1", "a.html", ""))
                .replace("<langstring lang=\"en-US\">x</langstring>",
                        "<langstring lang=\"en-US\">Course</langstring><langstring lang=\"es\">Curso</langstring>");
        assertEquals(List.of("en-US", "es"), Cmi5Xml.languages(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of(), Cmi5Xml.languages("not xml".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aStoredStructureIsReadWithoutItsFiles() {
        String xml = SampleCourses.goodStructure(IRI, "Stored");
        CourseStructure structure = CourseStructureReader.readImported(xml);
        assertEquals(2, structure.aus().size());
    }

    @Test
    void idsMustBeUniqueAcrossBlocksAusAndObjectives() {
        String xml = SampleCourses.structure(IRI, "Same ids", "<block id=\"" + IRI + "\">"
                + SampleCourses.text("title", "B") + SampleCourses.text("description", "B")
                + SampleCourses.au(IRI + "/au/1", "a.html", "") + "</block>");
        assertEquals(List.of("id '" + IRI + "' is used 2 times (course, block); ids must be unique in the course"
                + " structure"), read(xml, FILES).problems());
    }

    @Test
    void masteryScoreMayHaveFourDecimalsNotFive() {
        assertTrue(read(SampleCourses.oneAu(IRI, "a.html", "masteryScore=\"0.12340\""), FILES).accepted());
        assertEquals(List.of("AU '" + IRI + "/au/one': masteryScore 0.12345 has more than 4 decimal places"
                + " (cmi5 §13.1.4)"), read(SampleCourses.oneAu(IRI, "a.html", "masteryScore=\"0.12345\""), FILES)
                        .problems());
    }

    @Test
    void aUrlsOwnQueryIsKeptButNotAFragmentOrAnotherScheme() {
        assertTrue(read(SampleCourses.oneAu(IRI, "a.html?lang=en&amp;level=2", ""), FILES).accepted());
        assertEquals(List.of("AU '" + IRI + "/au/one': url 'a.html#start' has a fragment (#...): CareLearn adds the"
                + " launch parameters to the query string, and a fragment in front of them would hide them from the AU"),
                read(SampleCourses.oneAu(IRI, "a.html#start", ""), FILES).problems());
        assertEquals(List.of("AU '" + IRI + "/au/one': url 'ftp://files.example/a.html' uses the scheme 'ftp';"
                + " CareLearn launches AUs in a web browser, so a url must be http(s) or relative"),
                read(SampleCourses.oneAu(IRI, "ftp://files.example/a.html", ""), FILES).problems());
        assertEquals(List.of("AU '" + IRI + "/au/one': url 'a.html?ActivityId=x' already has the launch parameter"
                + " 'ActivityId', which CareLearn adds at launch (endpoint, fetch, actor, registration, activityId)"),
                read(SampleCourses.oneAu(IRI, "a.html?ActivityId=x", ""), FILES).problems());
    }

    @Test
    void aRelativeUrlMustStayInsideThePackage() {
        assertEquals(List.of("AU '" + IRI + "/au/one': url '../a.html' leaves the package (.. or \\ in its path)"),
                read(SampleCourses.oneAu(IRI, "../a.html", ""), FILES).problems());
        assertEquals(List.of("AU '" + IRI + "/au/one': url '/a.html' starts with '/'; a url into the package is"
                + " relative to its root"), read(SampleCourses.oneAu(IRI, "/a.html", ""), FILES).problems());
        assertTrue(read(SampleCourses.oneAu(IRI, "my%20lesson.html", ""), Set.of("my lesson.html")).accepted());
    }

    @Test
    void aStandaloneStructureNeedsAbsoluteUrls() {
        assertTrue(read(SampleCourses.oneAu(IRI, "https://content.example/au/1?x=1", ""), null).accepted());
        assertEquals(List.of("AU '" + IRI + "/au/one': url 'a.html' is relative, but a cmi5.xml imported on its own"
                + " has no files, so every url must be a fully qualified http(s) address (cmi5 §14.2)"),
                read(SampleCourses.oneAu(IRI, "a.html", ""), null).problems());
    }

    @Test
    void titlesMustSaySomething() {
        String xml = SampleCourses.structure(IRI, "  ", SampleCourses.au(IRI + "/au/1", "a.html", ""));
        assertEquals(List.of("course: title is empty"), read(xml, FILES).problems());
    }

    @Test
    void notWellFormedXmlSaysWhere() {
        List<String> problems = read("<courseStructure>\n<course>", FILES).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("cmi5.xml is not well-formed XML (line 2"), problems.get(0));
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsRead() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><x>&e;</x>";
        assertEquals(List.of("cmi5.xml must not contain a DOCTYPE declaration (DTDs and entities are refused for"
                + " safety; the course structure does not need them)"), read(xml, FILES).problems());
    }

    @Test
    void moveOnAndLaunchMethodNamesRoundTrip() {
        for (MoveOn moveOn : MoveOn.values()) {
            assertEquals(Optional.of(moveOn), MoveOn.fromCmi5(moveOn.cmi5Name()));
        }
        assertEquals(Optional.empty(), MoveOn.fromCmi5("completed"));
        assertEquals(Optional.of(LaunchMethod.OWN_WINDOW), LaunchMethod.fromCmi5("OwnWindow"));
    }

    @Test
    void irisNeedASchemeAndNoSpaces() {
        assertTrue(Iris.isAbsolute("https://example.org/a"));
        assertTrue(Iris.isAbsolute("urn:uuid:8d0f1c3e-2b8e-4f0e-9a54-1c2b3d4e5f60"));
        assertTrue(Iris.isAbsolute("https://例え.jp/コース"));
        assertEquals(false, Iris.isAbsolute("lesson-1"));
        assertEquals(false, Iris.isAbsolute("https://example.org/a b"));
        assertEquals(false, Iris.isAbsolute("1http://example.org"));
    }
}

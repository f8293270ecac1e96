package org.carelearn.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/**
 * CareLearn's own schema check ({@link StructureSchema}) against the published cmi5 schema: for a corpus of
 * good and bad course structures, both must call the same ones valid. The schema is read from ../shared
 * beside the checkout and never copied into the project.
 */
class StructureSchemaAgreementTest {

    private static final String NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    private static final String EXT = "xmlns:ext=\"https://vendor.example/cmi5-extension\"";
    private static final String AU_BODY = "<title><langstring lang=\"en-US\">Lesson</langstring></title>"
            + "<description><langstring>About it</langstring></description><url>lesson/index.html</url>";
    private static final String AU = "<au id=\"https://example.org/au/1\">" + AU_BODY + "</au>";
    private static final String COURSE = "<course id=\"https://example.org/course\">"
            + "<title><langstring lang=\"en\">Course</langstring></title>"
            + "<description><langstring lang=\"en\">About</langstring></description></course>";

    private static Schema schema;

    @BeforeAll
    static void readPublishedSchema() throws SAXException {
        Path xsd = Path.of("..", "shared", "standards", "cmi5", "CourseStructure.xsd");
        assertTrue(Files.isRegularFile(xsd), "the cmi5 schema is read from shared/ beside the checkout: " + xsd);
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        schema = factory.newSchema(xsd.toFile());
    }

    private static String doc(String inner) {
        return "<courseStructure xmlns=\"" + NS + "\" " + EXT + ">" + inner + "</courseStructure>";
    }

    private static String withAu(String au) {
        return doc(COURSE + au);
    }

    private static String au(String attributes, String body) {
        return "<au id=\"https://example.org/au/1\" " + attributes + ">" + body + "</au>";
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                // valid
                valid("minimal", doc(COURSE + AU)),
                valid("every AU attribute", withAu(au("moveOn=\"CompletedAndPassed\" masteryScore=\"0.75\""
                        + " launchMethod=\"OwnWindow\" activityType=\"http://adlnet.gov/expapi/activities/media\"",
                        AU_BODY))),
                valid("masteryScore forms", withAu(au("masteryScore=\" 1.0000 \"", AU_BODY)
                        + au("masteryScore=\"+0\"", AU_BODY).replace("/au/1", "/au/2")
                        + au("masteryScore=\".5\"", AU_BODY).replace("/au/1", "/au/3")
                        + au("masteryScore=\"0.\"", AU_BODY).replace("/au/1", "/au/4"))),
                valid("blocks nested", doc(COURSE + "<block id=\"https://example.org/b/1\">"
                        + "<title><langstring>B</langstring></title><description><langstring>B</langstring></description>"
                        + "<block id=\"https://example.org/b/2\"><title><langstring>C</langstring></title>"
                        + "<description><langstring>C</langstring></description>" + AU + "</block></block>")),
                valid("objectives declared and referenced", doc(COURSE + "<objectives><objective"
                        + " id=\"https://example.org/o/1\"><description><langstring>D</langstring></description>"
                        + "<title><langstring>T</langstring></title></objective><ext:note/></objectives>"
                        + au("", "<title><langstring>L</langstring></title><description><langstring>L</langstring>"
                                + "</description><objectives><objective idref=\"https://example.org/o/1\"/>"
                                + "</objectives><url>a.html</url>"))),
                valid("objective reference without idref", withAu(au("", "<title><langstring>L</langstring>"
                        + "</title><description><langstring>L</langstring></description><objectives><objective/>"
                        + "</objectives><url>a.html</url>"))),
                valid("extensions where allowed", doc(COURSE.replace("</course>", "<ext:info a=\"1\"/></course>")
                        .replace("<course ", "<course ext:flag=\"yes\" ")
                        + au("ext:x=\"1\" xml:lang=\"en\"", AU_BODY.replace("</langstring></title>",
                                "</langstring><ext:alt/></title>") + "<launchParameters a=\"b\">x=1<p>y</p>"
                                + "</launchParameters><entitlementKey>k</entitlementKey><ext:more>text</ext:more>")
                        + "<ext:tail/>")),
                valid("comments, processing instructions, CDATA", doc("<!-- c -->" + COURSE + "<?pi x?>"
                        + AU.replace(">Lesson<", "><![CDATA[Lesson & more]]><"))),
                valid("langstring with language tags", withAu(au("", AU_BODY.replace("lang=\"en-US\"",
                        "lang=\"zh-Hant-TW\"")))),
                valid("several langstrings", withAu(au("", AU_BODY.replace("</langstring></title>",
                        "</langstring><langstring lang=\"es\">Lección</langstring></title>")))),
                valid("non-IRI ids are still anyURI", withAu(au("", AU_BODY).replace("https://example.org/au/1",
                        "lesson-1"))),
                // invalid
                invalid("wrong namespace", doc(COURSE + AU).replace(NS, "http://example.org/other")),
                invalid("no namespace", doc(COURSE + AU).replace("xmlns=\"" + NS + "\"", "")),
                invalid("wrong root", doc(COURSE + AU).replace("courseStructure", "course")),
                invalid("no AU", doc(COURSE)),
                invalid("no course", doc(AU)),
                invalid("course without description", doc(COURSE.replaceAll("<description>.*?</description>", "")
                        + AU)),
                invalid("course without id", doc(COURSE.replace(" id=\"https://example.org/course\"", "") + AU)),
                invalid("AU without title", withAu(au("", AU_BODY.replaceAll("<title>.*?</title>", "")))),
                invalid("AU without url", withAu(au("", AU_BODY.replace("<url>lesson/index.html</url>", "")))),
                invalid("AU without id", withAu(AU.replace(" id=\"https://example.org/au/1\"", ""))),
                invalid("empty url", withAu(au("", AU_BODY.replace("lesson/index.html", "")))),
                invalid("blank url", withAu(au("", AU_BODY.replace("lesson/index.html", "   ")))),
                invalid("moveOn not in the list", withAu(au("moveOn=\"Complete\"", AU_BODY))),
                invalid("moveOn with spaces", withAu(au("moveOn=\" Passed\"", AU_BODY))),
                invalid("launchMethod lower case", withAu(au("launchMethod=\"anywindow\"", AU_BODY))),
                invalid("masteryScore above 1", withAu(au("masteryScore=\"1.5\"", AU_BODY))),
                invalid("masteryScore negative", withAu(au("masteryScore=\"-0.1\"", AU_BODY))),
                invalid("masteryScore with exponent", withAu(au("masteryScore=\"1e-1\"", AU_BODY))),
                invalid("masteryScore percent", withAu(au("masteryScore=\"80%\"", AU_BODY))),
                invalid("unknown attribute", withAu(au("score=\"1\"", AU_BODY))),
                invalid("attribute in the cmi5 namespace", withAu(au("xmlns:c=\"" + NS + "\" c:moveOn=\"Passed\"",
                        AU_BODY))),
                invalid("attribute on url", withAu(au("", AU_BODY.replace("<url>", "<url ext:a=\"1\">")))),
                invalid("element in url", withAu(au("", AU_BODY.replace("<url>lesson/index.html</url>",
                        "<url>lesson/index.html<ext:x/></url>")))),
                invalid("description before title", withAu(au("", "<description><langstring>D</langstring>"
                        + "</description><title><langstring>T</langstring></title><url>a.html</url>"))),
                invalid("title twice", withAu(au("", "<title><langstring>T</langstring></title>" + AU_BODY))),
                invalid("extension in the middle", withAu(au("", AU_BODY.replace("<url>", "<ext:x/><url>")))),
                invalid("unqualified extension", withAu(au("", AU_BODY + "<extra/>"))),
                invalid("unknown cmi5 element", withAu(au("", AU_BODY + "<launchParams/>").replace("<launchParams/>",
                        "<launchParams></launchParams>"))),
                invalid("text directly in au", withAu(au("", "hello" + AU_BODY))),
                invalid("title without langstring", withAu(au("", AU_BODY.replaceFirst(
                        "<title>.*?</title>", "<title>Lesson</title>")))),
                invalid("element in langstring", withAu(au("", AU_BODY.replace(">Lesson<", "><b>Lesson</b><")))),
                invalid("empty lang", withAu(au("", AU_BODY.replace("lang=\"en-US\"", "lang=\"\"")))),
                invalid("lang with underscore", withAu(au("", AU_BODY.replace("lang=\"en-US\"",
                        "lang=\"en_US\"")))),
                invalid("block without members", doc(COURSE + "<block id=\"https://example.org/b/1\">"
                        + "<title><langstring>B</langstring></title><description><langstring>B</langstring>"
                        + "</description></block>" + AU)),
                invalid("objectives after the AUs", doc(COURSE + AU + "<objectives><objective"
                        + " id=\"https://example.org/o/1\"><title><langstring>T</langstring></title><description>"
                        + "<langstring>D</langstring></description></objective></objectives>")),
                invalid("empty objectives", doc(COURSE + "<objectives/>" + AU)),
                invalid("objective without description", doc(COURSE + "<objectives><objective"
                        + " id=\"https://example.org/o/1\"><title><langstring>T</langstring></title></objective>"
                        + "</objectives>" + AU)),
                invalid("extension attribute on objective", doc(COURSE + "<objectives><objective ext:a=\"1\""
                        + " id=\"https://example.org/o/1\"><title><langstring>T</langstring></title><description>"
                        + "<langstring>D</langstring></description></objective></objectives>" + AU)),
                invalid("extension inside objective", doc(COURSE + "<objectives><objective"
                        + " id=\"https://example.org/o/1\"><title><langstring>T</langstring></title><description>"
                        + "<langstring>D</langstring></description><ext:x/></objective></objectives>" + AU)),
                invalid("text in objective reference", withAu(au("", "<title><langstring>L</langstring></title>"
                        + "<description><langstring>L</langstring></description><objectives><objective"
                        + " idref=\"https://example.org/o/1\">x</objective></objectives><url>a.html</url>"))),
                invalid("other attribute on objective reference", withAu(au("", "<title><langstring>L"
                        + "</langstring></title><description><langstring>L</langstring></description><objectives>"
                        + "<objective id=\"https://example.org/o/1\"/></objectives><url>a.html</url>"))),
                invalid("AU after extension at the end", doc(COURSE + AU + "<ext:x/>"
                        + AU.replace("/au/1", "/au/2"))),
                invalid("au inside course", doc(COURSE.replace("</course>", AU + "</course>") + AU)));
    }

    private static Arguments valid(String name, String xml) {
        return Arguments.of(name, xml, true);
    }

    private static Arguments invalid(String name, String xml) {
        return Arguments.of(name, xml, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void carelearnAndThePublishedSchemaAgree(String name, String xml, boolean valid) {
        String schemaError = null;
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            schemaError = e.getMessage();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Cmi5Xml.Parsed parsed = Cmi5Xml.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertNotNull(parsed.document(), name + ": " + parsed.problem());
        List<String> ours = StructureSchema.check(parsed.document().getDocumentElement());
        assertEquals(valid, schemaError == null, name + ": the corpus expects " + (valid ? "valid" : "invalid")
                + "; the published schema says " + schemaError);
        assertEquals(schemaError == null, ours.isEmpty(), name + ": published schema says "
                + (schemaError == null ? "valid" : schemaError) + "; CareLearn says " + ours);
    }
}

package org.carelearn.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The foreign package is a well-formed cmi5 package (cmi5 section 14) and the constants tests rely on say
 * what its files say, so an edit to the package cannot silently leave the integration tests behind.
 */
class ForeignPackageTest {

    private static final String CMI5 = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    private static final Path SCHEMA = Path.of("..", "shared", "standards", "cmi5", "CourseStructure.xsd");
    private static final Pattern ANSWER = Pattern.compile("(q[1-4]): '([a-d])'");

    @Test
    void zipHasTheCourseStructureAtItsRootAndEverythingTheLessonsLoad() throws Exception {
        Map<String, byte[]> entries = unzip(ForeignPackage.zip());

        assertNotNull(entries.get("cmi5.xml"), "cmi5.xml at the root: " + entries.keySet());
        assertFalse(entries.containsKey("README.md"), "the README is for test authors, not learners");
        for (String url : List.of(ForeignPackage.GREETING_URL, ForeignPackage.COMPLAINT_URL,
                ForeignPackage.ESCALATION_URL)) {
            String page = url.replaceFirst("\\?.*", "");
            assertTrue(entries.containsKey(page), page + " is in the package");
            String html = new String(entries.get(page), StandardCharsets.UTF_8);
            Matcher reference = Pattern.compile("(?:src|href)=\"([^\"#]+\\.(?:js|css))\"").matcher(html);
            int found = 0;
            while (reference.find()) {
                found++;
                String target = Path.of(page).resolveSibling(reference.group(1)).normalize().toString().replace('\\', '/');
                assertTrue(entries.containsKey(target), page + " loads " + target);
            }
            assertEquals(3, found, page + " loads the stylesheet, the runtime and its setup script");
        }
    }

    @Test
    void courseStructureIsValidAgainstTheCmi5Schema() throws Exception {
        assertTrue(Files.isRegularFile(SCHEMA), "the cmi5 schema is read from shared/ beside the checkout: " + SCHEMA);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SCHEMA.toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(courseStructure())));
    }

    /** cmi5 13.1.5: an extension comes with its schema; with it loaded, the lax wildcard checks our elements. */
    @Test
    void vendorExtensionIsValidAgainstItsOwnSchema() throws Exception {
        Source[] schemas = {new StreamSource(SCHEMA.toFile()),
            new StreamSource(ForeignPackage.FOLDER.resolve("extensions/nwh-cmi5-meta.xsd").toFile())};
        var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schemas).newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(courseStructure())));

        byte[] broken = new String(courseStructure(), StandardCharsets.UTF_8)
                .replace("<nwh:estimatedMinutes>10<", "<nwh:estimatedMinutes>ten<").getBytes(StandardCharsets.UTF_8);
        assertThrows(SAXException.class, () -> validator.validate(new StreamSource(new ByteArrayInputStream(broken))));
    }

    @Test
    void constantsDescribeTheCourseStructure() throws Exception {
        Document doc = parse(courseStructure());
        Element root = doc.getDocumentElement();
        assertEquals(ForeignPackage.COURSE_ID, child(root, "course").getAttribute("id"));
        assertEquals(List.of("objectives", "block", "au"), childNames(root).subList(1, 4));

        Element block = child(root, "block");
        assertEquals(ForeignPackage.BLOCK_ID, block.getAttribute("id"));
        List<Element> blockAus = children(block, "au");
        Element greeting = blockAus.get(0);
        Element complaint = blockAus.get(1);
        Element escalation = child(root, "au");

        assertAu(greeting, ForeignPackage.AU_GREETING, ForeignPackage.GREETING_URL, "Completed", "", "OwnWindow");
        assertEquals(ForeignPackage.GREETING_LAUNCH_PARAMETERS, text(greeting, "launchParameters"));
        assertAu(complaint, ForeignPackage.AU_COMPLAINT, ForeignPackage.COMPLAINT_URL, "CompletedOrPassed", "0.75",
                "AnyWindow");
        assertAu(escalation, ForeignPackage.AU_ESCALATION, ForeignPackage.ESCALATION_URL, "Passed", "0.5", "");
        assertEquals(ForeignPackage.ESCALATION_ENTITLEMENT_KEY, text(escalation, "entitlementKey"));

        assertEquals(Map.of("en-US", ForeignPackage.COURSE_TITLE_EN, "es", ForeignPackage.COURSE_TITLE_ES),
                titles(child(root, "course")));
        assertEquals(Map.of("en-US", ForeignPackage.GREETING_TITLE_EN, "es", ForeignPackage.GREETING_TITLE_ES),
                titles(greeting));
        assertEquals(Map.of("en-US", ForeignPackage.COMPLAINT_TITLE_EN, "es", ForeignPackage.COMPLAINT_TITLE_ES),
                titles(complaint));
        assertEquals(Map.of("en-US", ForeignPackage.ESCALATION_TITLE_EN, "es", ForeignPackage.ESCALATION_TITLE_ES),
                titles(escalation));

        List<String> declared = new ArrayList<>();
        for (Element objective : children(child(root, "objectives"), "objective")) {
            declared.add(objective.getAttribute("id"));
        }
        assertEquals(ForeignPackage.OBJECTIVES, declared);
        for (Element au : List.of(greeting, complaint, escalation)) {
            for (Element reference : children(child(au, "objectives"), "objective")) {
                assertTrue(declared.contains(reference.getAttribute("idref")), reference.getAttribute("idref"));
            }
        }
    }

    @Test
    void answerKeysAreTheOnesTheLessonsMark() throws Exception {
        assertEquals(ForeignPackage.COMPLAINT_ANSWERS, answerKey("lessons/complaint/setup.js"));
        assertEquals(ForeignPackage.ESCALATION_ANSWERS, answerKey("check/escalation.setup.js"));
        assertEquals(Map.of("q1", "b", "q2", "d", "q3", "a", "q4", "a"),
                ForeignPackage.answers(ForeignPackage.COMPLAINT_ANSWERS, 3));
        assertEquals(Map.of("q1", "a", "q2", "b", "q3", "a", "q4", "a"),
                ForeignPackage.answers(ForeignPackage.ESCALATION_ANSWERS, 0));
    }

    private static void assertAu(Element au, String id, String url, String moveOn, String masteryScore,
            String launchMethod) {
        assertEquals(id, au.getAttribute("id"));
        assertEquals(url, text(au, "url"));
        assertEquals(moveOn, au.getAttribute("moveOn"));
        assertEquals(masteryScore, au.getAttribute("masteryScore"));
        assertEquals(launchMethod, au.getAttribute("launchMethod"));
    }

    private static Map<String, String> answerKey(String setupScript) throws Exception {
        String js = Files.readString(ForeignPackage.FOLDER.resolve(setupScript));
        Matcher line = Pattern.compile("answers: \\{([^}]*)\\}").matcher(js);
        assertTrue(line.find(), setupScript + " has an answer key");
        Map<String, String> key = new LinkedHashMap<>();
        Matcher answer = ANSWER.matcher(line.group(1));
        while (answer.find()) {
            key.put(answer.group(1), answer.group(2));
        }
        return key;
    }

    private static byte[] courseStructure() throws Exception {
        return unzip(ForeignPackage.zip()).get("cmi5.xml");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && CMI5.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && CMI5.equals(element.getNamespaceURI())) {
                names.add(element.getLocalName());
            }
        }
        return names;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one <" + name + "> directly in <" + parent.getLocalName() + ">");
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().strip();
    }

    private static Map<String, String> titles(Element parent) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Element langstring : children(child(parent, "title"), "langstring")) {
            titles.put(langstring.getAttribute("lang"), langstring.getTextContent().strip());
        }
        return titles;
    }
}

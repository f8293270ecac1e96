package org.carelearn.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The cmi5 packages the build makes from courses/ (target/courses/*.zip): each has its course structure at
 * the root, valid against the published cmi5 schema (read from ../shared, never copied into the project),
 * every AU it names, and the runtime files those AUs load; its assessment names no right answer.
 */
class CoursePackagesTest {

    private static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    private static final Pattern RUNTIME_REFERENCE = Pattern.compile("(?:src|href)=\"\\.\\./(_runtime/[^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"empathetic-communication", "cultural-sensitivity", "trauma-informed-care"})
    void eachCourseIsACompleteCmi5Package(String course) throws Exception {
        Path zip = Path.of("target", "courses", course + ".zip");
        assertTrue(Files.isRegularFile(zip), zip + " is built in process-resources");
        try (ZipFile pkg = new ZipFile(zip.toFile())) {
            Map<String, byte[]> entries = new HashMap<>();
            for (ZipEntry entry : Collections.list(pkg.entries())) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), pkg.getInputStream(entry).readAllBytes());
                }
            }
            byte[] structure = entries.get("cmi5.xml");
            assertTrue(structure != null, "cmi5.xml at the root of the package");
            Path schema = Path.of("..", "shared", "standards", "cmi5", "CourseStructure.xsd");
            assertTrue(Files.isRegularFile(schema), "the cmi5 schema is read from shared/ beside the checkout: " + schema);
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema.toFile())
                    .newValidator().validate(new StreamSource(new ByteArrayInputStream(structure)));

            List<String> urls = auUrls(structure);
            assertTrue(urls.size() >= 3 && urls.size() <= 5, course + " has 3 to 5 AUs: " + urls);
            for (String url : urls) {
                byte[] page = entries.get(url);
                assertTrue(page != null, url + " is in the package");
                Matcher reference = RUNTIME_REFERENCE.matcher(new String(page, StandardCharsets.UTF_8));
                int found = 0;
                while (reference.find()) {
                    found++;
                    assertTrue(entries.containsKey(reference.group(1)), url + " loads " + reference.group(1));
                }
                assertTrue(found >= 2, url + " loads the runtime's script and style");
            }
            assertFalse(entries.keySet().stream().anyMatch(name -> name.startsWith("_runtime/test/")
                    || name.startsWith("_runtime/tools/")), "the runtime's own tests and tools stay out of the package");
            String assessment = new String(entries.get("assessment/index.html"), StandardCharsets.UTF_8);
            assertTrue(assessment.contains("data-key=\""), "the assessment's answer key is sealed");
            assertFalse(assessment.contains("data-correct") || assessment.contains("data-explanation"),
                    "and not in plain sight in the page a learner gets");
        }
    }

    private static List<String> auUrls(byte[] structure) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        NodeList aus = factory.newDocumentBuilder().parse(new ByteArrayInputStream(structure))
                .getElementsByTagNameNS(NAMESPACE, "au");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < aus.getLength(); i++) {
            Element au = (Element) aus.item(i);
            urls.add(au.getElementsByTagNameNS(NAMESPACE, "url").item(0).getTextContent().strip());
        }
        assertEquals(aus.getLength(), urls.size());
        return urls;
    }
}

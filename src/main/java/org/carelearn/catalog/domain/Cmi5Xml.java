package org.carelearn.catalog.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a cmi5.xml safely: the JDK's own parser, no DTD at all (so no external entities, no entity
 * expansion bombs), no XInclude, no network. A course structure never needs a DTD, so one is refused.
 */
public final class Cmi5Xml {

    public static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    private Cmi5Xml() {
    }

    /** The parsed document, or why it is not well-formed XML. */
    public record Parsed(Document document, String problem) {

        public Optional<Document> found() {
            return Optional.ofNullable(document);
        }
    }

    public static Parsed parse(byte[] xml) {
        return parse(new InputSource(new ByteArrayInputStream(xml)));
    }

    /** Parses text already decoded (a stored cmi5.xml); its declared encoding no longer matters. */
    public static Parsed parse(String xml) {
        return parse(new InputSource(new StringReader(xml)));
    }

    /**
     * The languages a course structure is written in: the lang of its titles and descriptions (langstring,
     * cmi5 13.1.1), in the order met, each once; empty when the XML cannot be read.
     */
    public static List<String> languages(byte[] xml) {
        Set<String> tags = new LinkedHashSet<>();
        parse(xml).found().ifPresent(document -> {
            NodeList langstrings = document.getElementsByTagNameNS(NAMESPACE, "langstring");
            for (int i = 0; i < langstrings.getLength(); i++) {
                String lang = ((Element) langstrings.item(i)).getAttribute("lang").strip();
                if (!lang.isEmpty()) {
                    tags.add(lang);
                }
            }
        });
        return List.copyOf(tags);
    }

    private static Parsed parse(InputSource source) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return new Parsed(builder.parse(source), null);
        } catch (SAXParseException e) {
            String message = e.getMessage();
            if (message != null && message.contains("DOCTYPE")) {
                return new Parsed(null, "cmi5.xml must not contain a DOCTYPE declaration (DTDs and entities are"
                        + " refused for safety; the course structure does not need them)");
            }
            return new Parsed(null, "cmi5.xml is not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + message);
        } catch (SAXException e) {
            return new Parsed(null, "cmi5.xml is not well-formed XML: " + e.getMessage());
        } catch (IOException e) {
            return new Parsed(null, "cmi5.xml cannot be read: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be set up", e);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        return factory;
    }
}

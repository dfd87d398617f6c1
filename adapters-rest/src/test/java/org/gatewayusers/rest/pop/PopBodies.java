package org.gatewayusers.rest.pop;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads rendered RPC bodies back the way a client would: a JSON parser and a strict XML parser. */
final class PopBodies {

    private PopBodies() {
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        }
    }

    /** Parses the document, failing the test when it is not well-formed XML. */
    static Document xml(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception notWellFormed) {
            throw new AssertionError("not well-formed XML: " + text, notWellFormed);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    static List<String> childNames(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    static String text(Element parent, String child) {
        List<Element> named = children(parent).stream().filter(element -> element.getTagName().equals(child)).toList();
        if (named.size() != 1) {
            throw new AssertionError("expected one <" + child + "> in <" + parent.getTagName() + ">, found " + named.size());
        }
        return named.get(0).getTextContent();
    }
}

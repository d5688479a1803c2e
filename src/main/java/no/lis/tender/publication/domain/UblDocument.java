package no.lis.tender.publication.domain;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;

/**
 * A UBL document being written: elements are added in the order the schema's sequences ask for,
 * each in the namespace its prefix names. Plain JDK XML (DOM), so the notices are built and tested
 * without a container.
 */
final class UblDocument {

    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    static final String EFEXT = "http://data.europa.eu/p27/eforms-ubl-extensions/1";
    static final String EFAC = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
    static final String EFBC = "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1";

    private final Document document;
    private final Node root;

    private UblDocument(String namespace, String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
        Element element = document.createElementNS(namespace, name);
        element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:cbc", CBC);
        element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:cac", CAC);
        element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ext", EXT);
        element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:efext", EFEXT);
        element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:efac", EFAC);
        element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:efbc", EFBC);
        document.appendChild(element);
        root = new Node(element);
    }

    /** A document whose root element is {@code name} in the main-document namespace {@code namespace}. */
    static UblDocument of(String namespace, String name) {
        return new UblDocument(namespace, name);
    }

    Node root() {
        return root;
    }

    /** The document as UTF-8 bytes, indented for a reader. */
    byte[] bytes() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("a DOM document could not be written", e);
        }
    }

    /** An element of the document, to which children are added in order. */
    final class Node {

        private final Element element;

        private Node(Element element) {
            this.element = element;
        }

        /** Adds an aggregate ({@code cac}, {@code efac}, ...) child and returns it. */
        Node add(String namespace, String name) {
            Element child = document.createElementNS(namespace, prefix(namespace) + ":" + name);
            element.appendChild(child);
            return new Node(child);
        }

        Node cac(String name) {
            return add(CAC, name);
        }

        Node efac(String name) {
            return add(EFAC, name);
        }

        /**
         * Adds a basic element with {@code text} and attributes given as name, value, name, value ...
         * and returns this node, for the next sibling. Nothing is added where {@code text} is null.
         */
        Node text(String namespace, String name, String text, String... attributes) {
            if (text != null) {
                Element child = document.createElementNS(namespace, prefix(namespace) + ":" + name);
                for (int i = 0; i + 1 < attributes.length; i += 2) {
                    child.setAttribute(attributes[i], attributes[i + 1]);
                }
                child.setTextContent(text);
                element.appendChild(child);
            }
            return this;
        }

        Node cbc(String name, String text, String... attributes) {
            return text(CBC, name, text, attributes);
        }

        Node efbc(String name, String text, String... attributes) {
            return text(EFBC, name, text, attributes);
        }

        /** Adds {@code <cac:name><cbc:ID schemeName="scheme">id</cbc:ID></cac:name>} (or efac), a reference by id. */
        Node reference(String namespace, String name, String scheme, String id) {
            add(namespace, name).cbc("ID", id, "schemeName", scheme);
            return this;
        }

        private String prefix(String namespace) {
            return switch (namespace) {
                case CBC -> "cbc";
                case CAC -> "cac";
                case EXT -> "ext";
                case EFEXT -> "efext";
                case EFAC -> "efac";
                case EFBC -> "efbc";
                default -> throw new IllegalArgumentException("no prefix for " + namespace);
            };
        }
    }
}

package no.lis.tender.publication;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The XSD schemas of the eForms SDK 1.13 (the test dependency {@code eu.europa.ted.eforms:eforms-sdk},
 * which holds them under {@code eforms-sdk/schemas/}), read from the class path: the main document's
 * schema by the notice's root element, its imports through a resource resolver that finds them beside
 * it in the jar, never on the network.
 */
public final class EformsSchemas {

    private static final String MAINDOC = "eforms-sdk/schemas/maindoc/";
    private static final Map<String, String> SCHEMA_OF_ROOT = Map.of(
            "ContractNotice", "UBL-ContractNotice-2.3.xsd",
            "ContractAwardNotice", "UBL-ContractAwardNotice-2.3.xsd",
            "PriorInformationNotice", "UBL-PriorInformationNotice-2.3.xsd");
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EformsSchemas() {
    }

    /** Every way {@code xml} breaks the XSD of its root element, as "line:column message"; empty if it is valid. */
    public static List<String> violations(byte[] xml) {
        String root = rootElement(xml);
        String file = SCHEMA_OF_ROOT.get(root);
        if (file == null) {
            return List.of("no eForms schema for the root element " + root);
        }
        Validator validator = SCHEMAS.computeIfAbsent(file, EformsSchemas::load).newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            errors.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    private static String rootElement(byte[] xml) {
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            reader.nextTag();
            return reader.getLocalName();
        } catch (XMLStreamException e) {
            return "(not XML: " + e.getMessage() + ")";
        }
    }

    private static Schema load(String file) {
        URL url = resource(MAINDOC + file);
        try (InputStream in = url.openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(new BesideInTheJar());
            return factory.newSchema(new StreamSource(in, url.toExternalForm()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the eForms schema " + file + " does not load", e);
        }
    }

    private static URL resource(String path) {
        URL url = EformsSchemas.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is not on the class path: is eu.europa.ted.eforms:eforms-sdk a "
                    + "test dependency?");
        }
        return url;
    }

    /** Finds an imported schema (../common/UBL-...xsd) relative to the one importing it, in the SDK's jar. */
    private static final class BesideInTheJar implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            try {
                URL url = new URL(new URL(baseUri), systemId);
                if (!url.toExternalForm().contains("eforms-sdk/schemas/")) {
                    throw new IllegalStateException("an eForms schema imports " + url + ", outside the SDK");
                }
                return new Input(publicId, url.toExternalForm(), baseUri, url.openStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Input(String publicId, String systemId, String baseUri, InputStream stream) implements LSInput {
        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            return stream;
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return baseUri;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}

package quizline.formats;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The IMS schemas QTI files are checked against, shipped under {@code formats/qti/schemas} (where they come from and
 * their licences: the README there): QTI 2.1's XSD, IMS Content Packaging 1.1's for the manifest, and QTI 1.2.1's
 * DTD. Each check gives the problems found, {@code line:column: message}, none for a valid file.
 */
final class QtiSchemas {
    private static final Schema QTI21 = schema("qtiv2p1/imsqti_v2p1.xsd");
    private static final Schema MANIFEST = schema("imscp_v1p1.xsd");

    private QtiSchemas() {}

    static List<String> qti21(String xml) {
        return validate(QTI21, xml);
    }

    static List<String> manifest(String xml) {
        return validate(MANIFEST, xml);
    }

    /**
     * A QTI 1.2 file checked against the 1.2.1 DTD. The DTD predates XML namespaces, so the root's namespace and
     * schema-location attributes, which Canvas's files carry for the 1.2.1 XSD, are taken off first.
     */
    static List<String> qti12(String xml) {
        String root = "<questestinterop";
        int start = xml.indexOf(root);
        int end = xml.indexOf('>', start);
        String plain = xml.substring(0, start)
                + "<!DOCTYPE questestinterop SYSTEM \"" + resource("ims_qtiasiv1p2p1.dtd") + "\">\n"
                + root + xml.substring(end);
        List<String> problems = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setValidating(true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(collect(problems));
            builder.parse(new ByteArrayInputStream(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static List<String> validate(Schema schema, String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(collect(problems));
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static ErrorHandler collect(List<String> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
    }

    private static Schema schema(String path) {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new URL(resource(path)));
        } catch (Exception e) {
            throw new IllegalStateException("schema " + path + ": " + e.getMessage(), e);
        }
    }

    private static String resource(String path) {
        URL url = QtiSchemas.class.getResource("/formats/qti/schemas/" + path);
        if (url == null) {
            throw new IllegalStateException("no schema " + path);
        }
        return url.toString();
    }
}

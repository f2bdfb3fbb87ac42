package quizline.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A test-scope QTI reader written apart from quizline's own ({@code QtiReader}): XPath over the element and attribute
 * names of the IMS schemas, reading a question as a QTI player would, into plain values. No QTI reader in Java is on
 * Maven Central, and the npm QTI packages are players that need a browser, so this is the independent reader.
 */
final class QtiXPath {
    /** What a player sees of one item: its kind, prompt, options, the right responses and the accepted texts. */
    record Item(
            String title,
            String kind,
            String prompt,
            List<String> options,
            List<String> right,
            List<String> accepted,
            String feedback) {}

    private final XPath xpath = XPathFactory.newInstance().newXPath();
    final Map<String, String> files = new LinkedHashMap<>();

    QtiXPath(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document document(String path) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(files.get(path).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    /** The files the manifest lists, in its order. */
    List<String> resources() {
        return strings(document("imsmanifest.xml"), "//*[local-name()='resource']/*[local-name()='file']/@href");
    }

    /** QTI 2.1: each item the manifest lists. */
    List<Item> items21() {
        List<Item> items = new ArrayList<>();
        for (String href : resources()) {
            Document d = document(href);
            String title = string(d, "/*[local-name()='assessmentItem']/@title");
            String feedback = string(d, "//*[local-name()='modalFeedback']");
            List<String> correct = strings(d, "//*[local-name()='correctResponse']/*[local-name()='value']");
            List<String> mapped = strings(d, "//*[local-name()='mapEntry']/@mapKey");
            boolean choice = count(d, "//*[local-name()='choiceInteraction']") > 0;
            if (choice) {
                String max = string(d, "//*[local-name()='choiceInteraction']/@maxChoices");
                List<String> ids = strings(d, "//*[local-name()='simpleChoice']/@identifier");
                List<String> right = new ArrayList<>();
                for (String value : correct) {
                    right.add(strings(d, "//*[local-name()='simpleChoice']").get(ids.indexOf(value)));
                }
                items.add(new Item(
                        title,
                        max.equals("1") ? "single choice" : "multiple response",
                        string(d, "//*[local-name()='prompt']"),
                        strings(d, "//*[local-name()='simpleChoice']"),
                        right,
                        List.of(),
                        feedback));
            } else {
                String baseType = string(d, "//*[local-name()='responseDeclaration'][1]/@baseType");
                int gaps = count(d, "//*[local-name()='textEntryInteraction']");
                String kind = baseType.equals("float")
                        ? "numeric " + string(d, "//*[local-name()='equal']/@toleranceMode") + " "
                                + string(d, "//*[local-name()='equal']/@tolerance")
                        : gaps > 1
                                        || count(
                                                        d,
                                                        "//*[local-name()='p'][*[local-name()='textEntryInteraction']]/text()")
                                                > 0
                                ? "gaps " + gaps
                                : "text entry";
                items.add(new Item(
                        title,
                        kind.strip(),
                        string(d, "//*[local-name()='itemBody']/*[local-name()='p'][1]"),
                        List.of(),
                        correct,
                        mapped,
                        feedback));
            }
        }
        return items;
    }

    /** QTI 1.2 as Canvas reads it: each item of the questestinterop file the manifest lists. */
    List<Item> items12() {
        Document d = document(resources().get(0));
        List<Item> items = new ArrayList<>();
        NodeList nodes = nodes(d, "//*[local-name()='item']");
        for (int i = 0; i < nodes.getLength(); i++) {
            Node item = nodes.item(i);
            String type = string(
                    item,
                    ".//*[local-name()='qtimetadatafield'][*[local-name()='fieldlabel']='question_type']"
                            + "/*[local-name()='fieldentry']");
            List<String> labels =
                    strings(item, ".//*[local-name()='render_choice']/*[local-name()='response_label']/@ident");
            List<String> texts = strings(item, ".//*[local-name()='render_choice']/*[local-name()='response_label']");
            List<String> right = new ArrayList<>();
            for (String value : strings(
                    item,
                    ".//*[local-name()='respcondition'][*[local-name()='setvar']]/*[local-name()='conditionvar']"
                            + "//*[local-name()='varequal' and not(ancestor::*[local-name()='not'])]"
                            + " | .//*[local-name()='respcondition'][*[local-name()='setvar']]"
                            + "//*[local-name()='vargte' or local-name()='varlte']")) {
                int at = labels.indexOf(value);
                right.add(at >= 0 ? texts.get(at) : value);
            }
            items.add(new Item(
                    string(item, "@title"),
                    type,
                    string(item, "*[local-name()='presentation']/*[local-name()='material']/*[local-name()='mattext']"),
                    texts,
                    right,
                    List.of(),
                    string(item, "*[local-name()='itemfeedback'][@ident='general_fb']//*[local-name()='mattext']")));
        }
        return items;
    }

    String string(Object context, String expression) {
        try {
            return (String) xpath.evaluate(expression, context, XPathConstants.STRING);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    private int count(Object context, String expression) {
        return nodes(context, expression).getLength();
    }

    private NodeList nodes(Object context, String expression) {
        try {
            return (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    List<String> strings(Object context, String expression) {
        NodeList list = nodes(context, expression);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            values.add(list.item(i).getTextContent());
        }
        return values;
    }
}

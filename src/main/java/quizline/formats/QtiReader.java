package quizline.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import quizline.pack.Question;

/**
 * Reads a QTI content package as {@link Qti21Writer} and {@link Qti12Writer} write it: QTI 2.1 items (choice, text
 * entry and gap interactions) and QTI 1.2 items of Canvas's question types, back into questions, so each export is
 * checked by reading it back. Parsed with the JDK's DOM parser, DTDs and external entities off.
 */
final class QtiReader {
    private static final Pattern BLANK = Pattern.compile("\\[(blank[0-9]+)]");

    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<FileNotice> errors = new ArrayList<>();
    private Optional<GiftHeader> header = Optional.empty();

    private QtiReader() {}

    static Imported read(byte[] zip) {
        return new QtiReader().all(zip);
    }

    private Imported all(byte[] zip) {
        Map<String, String> files;
        try {
            files = QtiPackage.unzip(zip);
        } catch (IOException e) {
            errors.add(new FileNotice(0, "not a zip: " + e.getMessage()));
            return result();
        }
        if (!files.containsKey(QtiPackage.MANIFEST)) {
            errors.add(new FileNotice(0, "no " + QtiPackage.MANIFEST + ": not a content package"));
        }
        files.forEach((path, text) -> {
            if (!path.endsWith(".xml")) {
                return;
            }
            Element root;
            try {
                root = parse(text);
            } catch (SAXParseException e) {
                errors.add(new FileNotice(
                        e.getLineNumber(), Math.max(0, e.getColumnNumber()), path + ": " + e.getMessage()));
                return;
            } catch (SAXException | IOException e) {
                errors.add(new FileNotice(0, path + ": " + e.getMessage()));
                return;
            }
            switch (root.getLocalName()) {
                case "assessmentItem" -> item21(root, path);
                case "questestinterop" -> questestinterop(root, path);
                case "manifest" -> manifest(root);
                default -> {}
            }
        });
        return result();
    }

    /** The pack's header, where the manifest's metadata holds quizline's element for it. */
    private void manifest(Element root) {
        var packs = root.getElementsByTagNameNS(QtiPackage.QUIZLINE, "pack");
        if (packs.getLength() == 0) {
            return;
        }
        Element pack = (Element) packs.item(0);
        try {
            header = Optional.of(new GiftHeader(
                    pack.getAttribute("id"),
                    pack.getAttribute("title"),
                    Integer.parseInt(pack.getAttribute("version")),
                    java.time.LocalDate.parse(pack.getAttribute("asOf"))));
        } catch (RuntimeException e) {
            errors.add(
                    new FileNotice(0, QtiPackage.MANIFEST + ": the pack's header cannot be read: " + e.getMessage()));
        }
    }

    private Imported result() {
        return GiftHeader.imported(questions, errors, List.of(), header);
    }

    private static Element parse(String text) throws SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    // QTI 2.1

    private record Declaration(String cardinality, String baseType, List<String> correct, List<String> mapped) {}

    private void item21(Element item, String path) {
        String id = attribute(item, "title").orElse(item.getAttribute("identifier"));
        Map<String, Declaration> declarations = new LinkedHashMap<>();
        for (Element d : children(item, "responseDeclaration")) {
            List<String> correct = child(d, "correctResponse")
                    .map(c -> children(c, "value").stream()
                            .map(Node::getTextContent)
                            .toList())
                    .orElse(List.of());
            List<String> mapped = child(d, "mapping")
                    .map(m -> children(m, "mapEntry").stream()
                            .map(e -> e.getAttribute("mapKey"))
                            .toList())
                    .orElse(List.of());
            declarations.put(
                    d.getAttribute("identifier"),
                    new Declaration(d.getAttribute("cardinality"), d.getAttribute("baseType"), correct, mapped));
        }
        String explanation = child(item, "modalFeedback").map(QtiReader::text).orElse(null);
        Optional<Element> body = child(item, "itemBody");
        if (body.isEmpty()) {
            errors.add(new FileNotice(0, path + ": item \"" + id + "\" has no itemBody"));
            return;
        }
        List<Element> choiceInteractions = descendants(body.get(), "choiceInteraction");
        List<Element> entries = descendants(body.get(), "textEntryInteraction");
        Question q = null;
        if (choiceInteractions.size() == 1) {
            Element interaction = choiceInteractions.get(0);
            Declaration d = declarations.get(interaction.getAttribute("responseIdentifier"));
            String prompt = child(interaction, "prompt").map(QtiReader::text).orElse("");
            List<Element> simple = children(interaction, "simpleChoice");
            List<String> ids =
                    simple.stream().map(e -> e.getAttribute("identifier")).toList();
            List<String> texts = simple.stream().map(QtiReader::text).toList();
            if (d == null) {
                q = null;
            } else if (ids.equals(List.of("true", "false")) && d.correct().size() == 1) {
                q = new Question.TrueFalse(
                        id, prompt, d.correct().get(0).equals("true"), List.of(), explanation, null, null);
            } else if (d.cardinality().equals("single") && d.correct().size() == 1) {
                q = new Question.Choice(
                        id, prompt, texts, ids.indexOf(d.correct().get(0)), List.of(), explanation, null, null);
            } else if (d.cardinality().equals("multiple")) {
                q = new Question.Multi(
                        id,
                        prompt,
                        texts,
                        d.correct().stream().map(ids::indexOf).toList(),
                        List.of(),
                        explanation,
                        null,
                        null);
            }
        } else if (entries.size() == 1 && alone(entries.get(0))) {
            Element entry = entries.get(0);
            Declaration d = declarations.get(entry.getAttribute("responseIdentifier"));
            String prompt = children(body.get(), "p").stream()
                    .filter(p -> descendants(p, "textEntryInteraction").isEmpty())
                    .map(QtiReader::text)
                    .findFirst()
                    .orElse("");
            if (d != null && d.baseType().equals("float") && d.correct().size() == 1) {
                q = new Question.Numeric(
                        id,
                        prompt,
                        Double.parseDouble(d.correct().get(0)),
                        tolerance(item),
                        List.of(),
                        explanation,
                        null,
                        null);
            } else if (d != null && d.correct().size() == 1) {
                String answer = d.correct().get(0);
                List<String> accept =
                        d.mapped().stream().filter(k -> !k.equals(answer)).toList();
                q = new Question.Short(id, prompt, answer, accept, List.of(), explanation, null, null);
            }
        } else if (!entries.isEmpty()) {
            q = gaps(id, body.get(), declarations, explanation);
        }
        if (q == null) {
            errors.add(new FileNotice(0, path + ": item \"" + id + "\" is of no type quizline reads"));
        } else {
            questions.add(new ImportedQuestion(q, 0));
        }
    }

    /** A text entry in a paragraph of its own: the answer box of a short or numeric question, not a gap. */
    private static boolean alone(Element entry) {
        Node parent = entry.getParentNode();
        return parent instanceof Element p
                && text(p).isEmpty()
                && children(p, null).size() == 1;
    }

    private static Double tolerance(Element item) {
        return child(item, "responseProcessing")
                .flatMap(rp -> descendants(rp, "equal").stream().findFirst())
                .filter(e -> e.getAttribute("toleranceMode").equals("absolute"))
                .map(e -> Double.parseDouble(e.getAttribute("tolerance").strip().split("\\s+")[0]))
                .orElse(null);
    }

    private Question gaps(String id, Element body, Map<String, Declaration> declarations, String explanation) {
        StringBuilder prompt = new StringBuilder();
        List<Element> paragraphs = children(body, null);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                prompt.append('\n');
            }
            appendGaps(paragraphs.get(i), declarations, prompt);
        }
        return new Question.Cloze(id, prompt.toString(), List.of(), explanation, null, null);
    }

    private static void appendGaps(Node node, Map<String, Declaration> declarations, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                switch (e.getLocalName()) {
                    case "br" -> out.append('\n');
                    case "textEntryInteraction" -> {
                        Declaration d = declarations.get(e.getAttribute("responseIdentifier"));
                        List<String> accepted = new ArrayList<>();
                        if (d != null && !d.correct().isEmpty()) {
                            accepted.add(d.correct().get(0));
                            d.mapped().stream()
                                    .filter(k -> !k.equals(d.correct().get(0)))
                                    .forEach(accepted::add);
                        }
                        out.append("{{").append(String.join("|", accepted)).append("}}");
                    }
                    default -> appendGaps(e, declarations, out);
                }
            }
        }
    }

    // QTI 1.2, as Canvas writes and reads it

    private void questestinterop(Element root, String path) {
        child(root, "qticomment")
                .ifPresent(c -> header = GiftHeader.read(c.getTextContent().strip()));
        for (Element item : descendants(root, "item")) {
            Question q = item12(item);
            String id = attribute(item, "title").orElse(item.getAttribute("ident"));
            if (q == null) {
                errors.add(new FileNotice(0, path + ": item \"" + id + "\" is of no type quizline reads"));
            } else {
                questions.add(new ImportedQuestion(q, 0));
            }
        }
    }

    private static Question item12(Element item) {
        String id = attribute(item, "title").orElse(item.getAttribute("ident"));
        String type = metadata(item, "question_type").orElse("");
        Optional<Element> presentation = child(item, "presentation");
        if (presentation.isEmpty()) {
            return null;
        }
        String prompt =
                child(presentation.get(), "material").map(QtiReader::mattext).orElse("");
        String explanation = children(item, "itemfeedback").stream()
                .filter(f -> f.getAttribute("ident").equals("general_fb"))
                .findFirst()
                .map(f -> descendants(f, "mattext").stream()
                        .findFirst()
                        .map(Node::getTextContent)
                        .orElse(""))
                .orElse(null);
        List<Element> scoring = descendants(item, "respcondition").stream()
                .filter(c -> !descendants(c, "setvar").isEmpty())
                .toList();
        List<Element> labels = descendants(presentation.get(), "response_label");
        List<String> labelIds =
                labels.stream().map(l -> l.getAttribute("ident")).toList();
        List<String> labelTexts = labels.stream().map(QtiReader::mattext).toList();
        switch (type) {
            case "multiple_choice_question", "true_false_question" -> {
                if (scoring.isEmpty()) {
                    return null;
                }
                int answer = labelIds.indexOf(firstVarequal(scoring.get(0)));
                if (type.equals("true_false_question")) {
                    return answer < 0
                            ? null
                            : new Question.TrueFalse(
                                    id,
                                    prompt,
                                    labelTexts.get(answer).equalsIgnoreCase("true"),
                                    List.of(),
                                    explanation,
                                    null,
                                    null);
                }
                return new Question.Choice(id, prompt, labelTexts, answer, List.of(), explanation, null, null);
            }
            case "multiple_answers_question" -> {
                if (scoring.isEmpty()) {
                    return null;
                }
                List<Integer> right = child(scoring.get(0), "conditionvar")
                        .flatMap(c -> child(c, "and"))
                        .map(and -> children(and, "varequal").stream()
                                .map(v -> labelIds.indexOf(v.getTextContent().strip()))
                                .toList())
                        .orElse(List.of());
                return new Question.Multi(id, prompt, labelTexts, right, List.of(), explanation, null, null);
            }
            case "short_answer_question" -> {
                List<String> accepted = scoring.stream()
                        .flatMap(c -> descendants(c, "varequal").stream())
                        .map(Node::getTextContent)
                        .toList();
                if (accepted.isEmpty()) {
                    return null;
                }
                return new Question.Short(
                        id,
                        prompt,
                        accepted.get(0),
                        accepted.subList(1, accepted.size()),
                        List.of(),
                        explanation,
                        null,
                        null);
            }
            case "numerical_question" -> {
                if (scoring.isEmpty()) {
                    return null;
                }
                Element condition = scoring.get(0);
                String exact = descendants(condition, "varequal").stream()
                        .findFirst()
                        .map(e -> e.getTextContent().strip())
                        .orElse(null);
                if (exact == null) {
                    return null;
                }
                Double tolerance = descendants(condition, "varlte").stream()
                        .findFirst()
                        .map(e -> new BigDecimal(e.getTextContent().strip())
                                .subtract(new BigDecimal(exact))
                                .doubleValue())
                        .orElse(null);
                return new Question.Numeric(
                        id, prompt, Double.parseDouble(exact), tolerance, List.of(), explanation, null, null);
            }
            case "fill_in_multiple_blanks_question" -> {
                Map<String, List<String>> accepted = new LinkedHashMap<>();
                for (Element lid : descendants(presentation.get(), "response_lid")) {
                    String blank =
                            child(lid, "material").map(QtiReader::mattext).orElse("");
                    Map<String, String> textOf = new LinkedHashMap<>();
                    descendants(lid, "response_label").forEach(l -> textOf.put(l.getAttribute("ident"), mattext(l)));
                    List<String> right = scoring.stream()
                            .flatMap(c -> descendants(c, "varequal").stream())
                            .filter(v -> v.getAttribute("respident").equals(lid.getAttribute("ident")))
                            .map(v -> textOf.get(v.getTextContent().strip()))
                            .toList();
                    accepted.put(blank, right);
                }
                Matcher m = BLANK.matcher(prompt);
                StringBuilder text = new StringBuilder();
                while (m.find()) {
                    List<String> answers = accepted.getOrDefault(m.group(1), List.of());
                    m.appendReplacement(text, Matcher.quoteReplacement("{{" + String.join("|", answers) + "}}"));
                }
                m.appendTail(text);
                return new Question.Cloze(id, text.toString(), List.of(), explanation, null, null);
            }
            default -> {
                return null;
            }
        }
    }

    private static String firstVarequal(Element condition) {
        return descendants(condition, "varequal").stream()
                .findFirst()
                .map(e -> e.getTextContent().strip())
                .orElse("");
    }

    /** A Canvas item's metadata field: {@code <qtimetadatafield><fieldlabel>…</fieldlabel><fieldentry>…}. */
    private static Optional<String> metadata(Element item, String label) {
        return descendants(item, "qtimetadatafield").stream()
                .filter(f -> child(f, "fieldlabel")
                        .map(l -> l.getTextContent().strip().equals(label))
                        .orElse(false))
                .findFirst()
                .flatMap(f -> child(f, "fieldentry"))
                .map(e -> e.getTextContent().strip());
    }

    private static String mattext(Element material) {
        return descendants(material, "mattext").stream()
                .findFirst()
                .map(Node::getTextContent)
                .orElse("");
    }

    // DOM

    /** An element's text as quizline holds it: its text, each {@code <br/>} a line break. */
    private static String text(Element element) {
        StringBuilder out = new StringBuilder();
        appendText(element, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                if (e.getLocalName().equals("br")) {
                    out.append('\n');
                } else {
                    appendText(e, out);
                }
            }
        }
    }

    private static Optional<String> attribute(Element element, String name) {
        String value = element.getAttribute(name);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The element's child elements of this local name (any, for null), in order. */
    private static List<Element> children(Node parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Optional<Element> child(Node parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static List<Element> descendants(Element root, String name) {
        List<Element> found = new ArrayList<>();
        var list = root.getElementsByTagNameNS("*", name);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }
}

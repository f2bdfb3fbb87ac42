package quizline.formats;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML document as a tree of elements, each with the line and column it starts at, for messages that point into
 * the file. Read with the JDK's StAX parser with DTDs and external entities off: a file cannot make quizline read
 * another file or expand entities without end.
 */
final class XmlTree {
    private XmlTree() {}

    /** An element: its name, attributes, child elements, the text directly inside it, and where it starts. */
    record Element(
            String name, Map<String, String> attributes, List<Element> children, String text, int line, int column) {
        Element {
            attributes = Map.copyOf(attributes);
            children = List.copyOf(children);
        }

        Optional<Element> child(String childName) {
            return children.stream().filter(c -> c.name().equals(childName)).findFirst();
        }

        List<Element> all(String childName) {
            return children.stream().filter(c -> c.name().equals(childName)).toList();
        }

        /** The text of the child's {@code <text>}, Moodle's way of holding a string, or null without one. */
        String textOf(String childName) {
            return child(childName)
                    .map(c -> c.child("text").map(Element::text).orElse(c.text()))
                    .orElse(null);
        }

        String attribute(String attributeName) {
            return attributes.get(attributeName);
        }
    }

    /** A file that is not well-formed XML, with where the parser stopped. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        final int line;
        final int column;

        Malformed(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    static Element parse(String xml) throws Malformed {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            Deque<Builder> open = new ArrayDeque<>();
            Element root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Location at = reader.getLocation();
                        Map<String, String> attributes = new TreeMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        open.push(new Builder(
                                reader.getLocalName(), attributes, at.getLineNumber(), at.getColumnNumber()));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Element done = open.pop().build();
                        if (open.isEmpty()) {
                            root = done;
                        } else {
                            open.peek().children.add(done);
                        }
                    }
                    default -> {}
                }
            }
            if (root == null) {
                throw new Malformed(1, 1, "not XML: no element");
            }
            return root;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage();
            // The JDK's message repeats the place: "ParseError at [row,col]:[3,5]\nMessage: ..."
            int said = message == null ? -1 : message.indexOf("Message: ");
            String reason = said >= 0 ? message.substring(said + "Message: ".length()) : String.valueOf(message);
            throw new Malformed(
                    at == null ? 1 : Math.max(1, at.getLineNumber()),
                    at == null ? 1 : Math.max(1, at.getColumnNumber()),
                    "not well-formed XML: " + reason.strip());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // Reading is over; nothing is left open on a string.
                }
            }
        }
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final int column;
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, Map<String, String> attributes, int line, int column) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
            this.column = column;
        }

        Element build() {
            return new Element(name, attributes, children, text.toString(), line, column);
        }
    }
}

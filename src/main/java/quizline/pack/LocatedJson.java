package quizline.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document read into a tree, together with the line and column of every value, keyed by
 * JSON pointer. Jackson's trees forget where their nodes came from; validation needs to say
 * {@code file:line:col} for problems it only finds after binding.
 */
public final class LocatedJson {
    /** Packs are a few levels deep; anything deeper is hostile or broken. */
    public static final int MAX_DEPTH = 64;

    public static final int MAX_STRING_LENGTH = 1_000_000;
    public static final long MAX_DOCUMENT_LENGTH = 32L * 1024 * 1024;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(100)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .build();

    /** A line and column, both 1-based. */
    public record Position(int line, int column) implements java.io.Serializable {
        static Position of(JsonLocation location) {
            return new Position(location.getLineNr(), location.getColumnNr());
        }
    }

    private final String text;
    private final JsonNode root;
    /**
     * Where each value starts, by pointer; read on the first {@link #position} call, by a second pass over the text:
     * a pack without problems never needs one, and recording them for 100,000 questions cost as much as the tree.
     */
    private Map<String, Position> positions;

    private LocatedJson(String text, JsonNode root) {
        this.text = text;
        this.root = root;
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts (for an object member: where its key is). */
    public Position position(String pointer) {
        if (positions == null) {
            positions = new HashMap<>();
            try {
                parse(text, positions);
            } catch (SyntaxException e) {
                throw new IllegalStateException("the text read once could not be read again", e);
            }
        }
        String at = pointer;
        while (true) {
            Position p = positions.get(at);
            if (p != null || at.isEmpty()) {
                return p == null ? new Position(1, 1) : p;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    /** Thrown for text that is not JSON, or is JSON beyond the limits above. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        private final Position position;

        SyntaxException(String message, Position position) {
            super(message);
            this.position = position;
        }

        public Position position() {
            return position;
        }
    }

    /**
     * Jackson reports a duplicate key just after it; editors want the key itself, so step back
     * over the key's closing quote to its opening one (keys never span lines).
     */
    private static Position keyStart(String text, JsonLocation after) {
        int offset = (int) after.getCharOffset();
        int i = Math.min(offset, text.length()) - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i <= 0 || text.charAt(i) != '"') {
            return Position.of(after);
        }
        int open = i - 1;
        while (open >= 0 && (text.charAt(open) != '"' || (open > 0 && text.charAt(open - 1) == '\\'))) {
            open--;
        }
        if (open < 0 || text.lastIndexOf('\n', offset - 1) > open) {
            return Position.of(after);
        }
        return new Position(after.getLineNr(), after.getColumnNr() - (offset - open));
    }

    public static String pointer(String parent, String key) {
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String pointer(String parent, int index) {
        return parent + "/" + index;
    }

    /** Reads without recursion, so nesting can only cost the depth limit, never the stack. */
    public static LocatedJson read(String text) throws SyntaxException {
        return new LocatedJson(text, parse(text, null));
    }

    /** The tree of {@code text}; with {@code positions} not null, where each value starts is recorded there. */
    private static JsonNode parse(String text, Map<String, Position> positions) throws SyntaxException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Deque<JsonNode> containers = new ArrayDeque<>();
        Deque<String> pointers = new ArrayDeque<>();
        JsonNode root = null;
        String fieldName = null;
        JsonParser p = null;
        try {
            p = FACTORY.createParser(text);
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    fieldName = p.currentName();
                    if (positions != null) {
                        positions.put(pointer(pointers.peek(), fieldName), Position.of(p.currentTokenLocation()));
                    }
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    containers.pop();
                    if (positions != null) {
                        pointers.pop();
                    }
                    continue;
                }
                JsonNode parent = containers.peek();
                String here;
                if (parent == null) {
                    if (root != null) {
                        throw new SyntaxException(
                                "malformed JSON: more than one value in the file",
                                Position.of(p.currentTokenLocation()));
                    }
                    here = "";
                } else if (positions == null) {
                    here = null;
                } else if (parent.isArray()) {
                    here = pointer(pointers.peek(), parent.size());
                    positions.put(here, Position.of(p.currentTokenLocation()));
                } else {
                    here = pointer(pointers.peek(), fieldName);
                }
                if (parent == null && positions != null) {
                    positions.put(here, Position.of(p.currentTokenLocation()));
                }
                JsonNode value = switch (token) {
                    case START_OBJECT -> nodes.objectNode();
                    case START_ARRAY -> nodes.arrayNode();
                    case VALUE_STRING -> nodes.textNode(p.getText());
                    case VALUE_NUMBER_INT ->
                        p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                                ? nodes.numberNode(p.getBigIntegerValue())
                                : nodes.numberNode(p.getLongValue());
                    case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDecimalValue());
                    case VALUE_TRUE -> nodes.booleanNode(true);
                    case VALUE_FALSE -> nodes.booleanNode(false);
                    case VALUE_NULL -> nodes.nullNode();
                    default ->
                        throw new SyntaxException(
                                "malformed JSON: unexpected " + token, Position.of(p.currentTokenLocation()));
                };
                if (parent == null) {
                    root = value;
                } else if (parent instanceof ArrayNode array) {
                    array.add(value);
                } else {
                    ((ObjectNode) parent).set(fieldName, value);
                }
                if (value.isContainerNode()) {
                    containers.push(value);
                    if (positions != null) {
                        pointers.push(here);
                    }
                }
            }
            if (root == null) {
                throw new SyntaxException("malformed JSON: the file is empty", new Position(1, 1));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at =
                    e.getLocation() != null ? e.getLocation() : p != null ? p.currentLocation() : JsonLocation.NA;
            String message = JsonMessages.syntax(e);
            Position position = Position.of(at);
            if (message.startsWith(JsonMessages.DUPLICATE_KEY)) {
                position = keyStart(text, at);
            } else if (message.startsWith(JsonMessages.LONG_STRING) && p != null) {
                // Jackson stops mid-string; the string's start is where an editor should go.
                position = Position.of(p.currentTokenLocation());
            }
            throw new SyntaxException(message, position);
        } catch (IOException e) {
            throw new SyntaxException("malformed JSON: " + e.getMessage(), new Position(1, 1));
        }
    }
}

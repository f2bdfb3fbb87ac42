package quizline.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import quizline.pack.Pack;
import quizline.pack.Question;

/**
 * An IMS content package as QTI travels in: a zip of {@code imsmanifest.xml} and the XML files it lists. What the
 * QTI 2.1 and 1.2 writers share: the zip both ways, XML escaping, and identifiers the schemas accept.
 */
final class QtiPackage {
    static final String MANIFEST = "imsmanifest.xml";

    /**
     * The namespace of quizline's own element in a manifest's metadata, which holds the pack's id, title, version and
     * asOf: the content-packaging schema lets metadata hold elements of any other namespace, and other tools skip it.
     */
    static final String QUIZLINE = "urn:x-quizline:pack";

    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    private QtiPackage() {}

    /**
     * A pack's QTI files as a package, read back: what QTI cannot carry of the pack and of each question (its source,
     * status and tags, in both QTI versions), then one notice for each question that would not return as it went out.
     */
    static ExportedZip written(Pack pack, Map<String, String> files, String format) {
        List<ExportNotice> notices = new ArrayList<>(ExportNotice.packLosses(pack, List.of(), format, ""));
        Map<String, Integer> indexById = new HashMap<>();
        Map<String, Question> expected = new HashMap<>();
        for (int i = 0; i < pack.questions().size(); i++) {
            Question q = pack.questions().get(i);
            notices.addAll(ExportNotice.questionLosses(i, q, format));
            notices.addAll(ExportNotice.tagLosses(i, q, format));
            indexById.put(q.id(), i);
            expected.put(q.id(), Questions.canonical(Questions.carried(q, List.of())));
        }
        byte[] zip = zip(files);
        Imported back = QtiReader.read(zip);
        notices.addAll(ReadBack.compare(
                back,
                format,
                indexById,
                expected,
                id -> back.errors().stream()
                        .filter(e -> e.message().contains("\"" + id + "\""))
                        .findFirst()
                        .map(e -> ": " + e.message())
                        .orElse("")));
        return new ExportedZip(zip, expected.size(), ExportNotice.perKind(notices));
    }

    /** The files, by path in the zip, in the order given: the manifest first, as packages usually have it. */
    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The zip's files as text, by path; empty when the bytes are no zip. */
    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /**
     * An identifier the schemas accept (an XML NCName): the question's id where it is one, else one made of it with
     * its position, so two questions never share one.
     */
    static String identifier(String id, int index) {
        if (NCNAME.matcher(id).matches()) {
            return id;
        }
        return "q" + (index + 1) + "-" + id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Text for an element's content or an attribute's value. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text as XHTML inline content: escaped, each line break a {@code <br/>}. */
    static String inline(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            out.append(escape(lines[i]));
        }
        return out.toString();
    }
}

package quizline.env;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import quizline.io.UserError;

/**
 * What a run is given by its environment, read once by {@code Main} and handed down to the commands: the clock, the
 * folders, and every environment variable quizline reads, each named here and nowhere else.
 *
 * <ul>
 *   <li>{@code QUIZLINE_NOW}: the time the run's clock starts at ({@link Now});
 *   <li>{@code QUIZLINE_DEBUG}: a defect's stack trace after its one line;
 *   <li>{@code XDG_DATA_HOME}, else {@code HOME}: the data folder, after the XDG base directory convention;
 *   <li>{@code XDG_CACHE_HOME}, else {@code HOME}: the cache folder, where packs are kept read;
 *   <li>{@code QUIZLINE_PACKS}: more pack files or folders to study;
 *   <li>{@code QUIZLINE_ARTICLES}: more folders of source articles;
 *   <li>{@code QUIZLINE_STORE}: where progress is, when not in a SQLite file: a PostgreSQL server's JDBC URL;
 *   <li>{@code PGUSER}, {@code PGPASSWORD}: the login to that server when its URL names none (as libpq reads them);
 *   <li>{@code NO_COLOR}: no colours on the screen;
 *   <li>{@code COLUMNS}: the width of output that is not a terminal.
 * </ul>
 *
 * Paths are made when asked for, inside a command, so that one the JVM cannot name is reported as that command's
 * mistake.
 */
public final class Env {
    public static final String NOW = Now.VARIABLE;
    public static final String DEBUG = "QUIZLINE_DEBUG";
    public static final String PACKS = "QUIZLINE_PACKS";
    public static final String ARTICLES = "QUIZLINE_ARTICLES";
    public static final String STORE = "QUIZLINE_STORE";

    private final Map<String, String> variables;
    private final Clock clock;

    /** These variables, and this clock as it is ({@code QUIZLINE_NOW} is not read): for tests. */
    public Env(Map<String, String> variables, Clock clock) {
        this.variables = Map.copyOf(variables);
        this.clock = clock;
    }

    /**
     * The environment of a run: the clock is {@code system}, or the one {@code QUIZLINE_NOW} sets.
     *
     * @throws UserError a {@linkplain UserError#usage() usage} mistake, when {@code QUIZLINE_NOW} holds no date-time
     */
    public static Env of(Map<String, String> variables, Clock system) {
        return new Env(variables, Now.clock(variables, system));
    }

    /** The time every command reads. */
    public Clock clock() {
        return clock;
    }

    /** Whether a defect's stack trace is shown ({@code QUIZLINE_DEBUG} set, to anything). */
    public boolean debug() {
        return variables.get(DEBUG) != null;
    }

    /** Where quizline keeps user files: {@code $XDG_DATA_HOME/quizline}, or {@code ~/.local/share/quizline}. */
    public Path dataDir() {
        return xdgFolder("XDG_DATA_HOME", ".local/share");
    }

    /** quizline's folder in an XDG base directory: the variable's, else this folder of the home. */
    private Path xdgFolder(String variable, String inHome) {
        String value = variables.get(variable);
        // The spec says to ignore relative values.
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value).resolve("quizline");
        }
        String home = variables.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home).resolve(inHome).resolve("quizline");
    }

    /**
     * Where quizline keeps what it can make again (packs already read): {@code $XDG_CACHE_HOME/quizline}, or
     * {@code ~/.cache/quizline}.
     */
    public Path cacheDir() {
        return xdgFolder("XDG_CACHE_HOME", ".cache");
    }

    /** The pack files and folders {@code QUIZLINE_PACKS} names, in order. */
    public List<Path> packPaths() {
        return paths(PACKS);
    }

    /** The article folders {@code QUIZLINE_ARTICLES} names, in order. */
    public List<Path> articleFolders() {
        return paths(ARTICLES);
    }

    /** {@code QUIZLINE_STORE}: the progress server's URL, or null when progress is in the profile's SQLite file. */
    public String store() {
        String value = variables.get(STORE);
        return value == null || value.isBlank() ? null : value;
    }

    /** {@code PGUSER}, or null. */
    public String serverUser() {
        return variables.get("PGUSER");
    }

    /** {@code PGPASSWORD}, or null: handed to the driver only, never shown. */
    public String serverPassword() {
        return variables.get("PGPASSWORD");
    }

    /** Colour, unless the NO_COLOR convention asks for none (any non-empty value). */
    public boolean color() {
        String noColor = variables.get("NO_COLOR");
        return noColor == null || noColor.isEmpty();
    }

    /** {@code $COLUMNS} when it is a width (a number from 1 to 9999). */
    public OptionalInt columns() {
        String columns = variables.get("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}") && Integer.parseInt(columns) > 0) {
            return OptionalInt.of(Integer.parseInt(columns));
        }
        return OptionalInt.empty();
    }

    /** A list of paths in one variable, split as the platform splits PATH; empty parts are skipped. */
    private List<Path> paths(String variable) {
        List<Path> paths = new ArrayList<>();
        String value = variables.get(variable);
        if (value != null) {
            for (String part : value.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    paths.add(Path.of(part));
                }
            }
        }
        return paths;
    }
}

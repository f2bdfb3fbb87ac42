package quizline.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import quizline.io.TextFile;
import quizline.io.UserError;
import quizline.text.Counted;

/**
 * The packs a student can study: those bundled in the jar, then the user's own from
 * {@code $XDG_DATA_HOME/quizline/packs} and from the files or folders in {@code QUIZLINE_PACKS}.
 * A broken pack is reported and skipped, never fatal.
 */
public final class PackLibrary {
    private static final String BUNDLED = "questions/";

    /**
     * A pack and where it came from, for messages and for finding its articles, with its answers' fingerprints (kept in
     * the cache with it, or worked out when first asked for).
     */
    public record Loaded(Pack pack, String origin, Path folder, boolean bundled, AnswerKeys answerKeys) {
        /** A pack read from a file ({@code folder} its folder), or bundled in quizline (no folder). */
        public Loaded(Pack pack, String origin, Path folder) {
            this(pack, origin, folder, folder == null, AnswerKeys.of(pack));
        }
    }

    /** How review sidecars are named ({@code DRAFT.review.json}): decisions on a draft, not a pack. */
    static final String REVIEW_SUFFIX = ".review.json";

    private final PackCache cache;
    private final List<Loaded> packs = new ArrayList<>();
    private final List<Loaded> drafts = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private PackLibrary(PackCache cache) {
        this.cache = cache;
    }

    public List<Loaded> packs() {
        return List.copyOf(packs);
    }

    /** The pack loaded with this id, if one is. */
    public Optional<Loaded> pack(String id) {
        return packs.stream().filter(l -> l.pack().id().equals(id)).findFirst();
    }

    /** The ids of the packs loaded, in the order they were loaded. */
    public List<String> ids() {
        return packs.stream().map(l -> l.pack().id()).toList();
    }

    public List<Pack> packList() {
        return packs.stream().map(Loaded::pack).toList();
    }

    /** Drafts found and not loaded: they are studied only once reviewed into a pack. */
    public List<Loaded> drafts() {
        return List.copyOf(drafts);
    }

    /** Problems with packs that were skipped, one line each ({@code file:line:col: message}). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Loads the bundled packs, those in {@code dataDir}'s {@code packs} folder, then {@code more} (the files and
     * folders {@code QUIZLINE_PACKS} names).
     */
    public static PackLibrary load(Path dataDir, List<Path> more) {
        return load(dataDir, more, PackCache.none());
    }

    /** Loads as {@link #load(Path, List)} does, taking each unchanged pack file from {@code cache}. */
    public static PackLibrary load(Path dataDir, List<Path> more, PackCache cache) {
        PackLibrary library = new PackLibrary(cache);
        library.loadBundled();
        Path userPacks = dataDir.resolve("packs");
        if (Files.isDirectory(userPacks)) {
            library.loadPath(userPacks);
        }
        more.forEach(library::loadPath);
        return library;
    }

    /**
     * The bundled packs, each taken from the cache when it was kept from this very jar (a bundled pack is as new as
     * the jar it is in; run from a build tree, as its own file).
     */
    private void loadBundled() {
        Path codeSource = codeSource();
        boolean jar = !Files.isDirectory(codeSource);
        Optional<PackCache.Stamp> jarStamp = jar ? cache.stamp(codeSource) : Optional.empty();
        for (String resource : bundledResources(codeSource)) {
            Optional<PackCache.Stamp> stamp = jar
                    ? jarStamp.map(s -> new PackCache.Stamp(s.file().resolve(resource), s.size(), s.modifiedNanos()))
                    : cache.stamp(codeSource.resolve(resource));
            Optional<PackCache.Kept> kept = stamp.flatMap(cache::get);
            if (kept.isPresent()) {
                add(resource, kept.get(), null);
                continue;
            }
            try (InputStream in = PackLibrary.class.getResourceAsStream("/" + resource)) {
                if (in != null) {
                    PackCache.Kept pack = read(resource, TextFile.decodeUtf8(resource, in.readAllBytes()), null);
                    if (pack != null) {
                        stamp.ifPresent(s -> cache.put(s, pack));
                    }
                }
            } catch (IOException e) {
                warnings.add(resource + ": cannot read: " + e.getMessage());
            }
        }
    }

    /** The jar quizline runs from, or its class folder when run from a build tree. */
    private static Path codeSource() {
        try {
            return Path.of(PackLibrary.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bundled pack names, read from the jar (or the class folder when run from a build tree). */
    private static List<String> bundledResources(Path codeSource) {
        try {
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(codeSource)) {
                Path folder = codeSource.resolve(BUNDLED);
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        files.map(f -> BUNDLED + f.getFileName())
                                .filter(n -> n.endsWith(".json"))
                                .forEach(names::add);
                    }
                }
            } else {
                try (JarFile jar = new JarFile(codeSource.toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(BUNDLED)
                                && name.endsWith(".json")
                                && name.indexOf('/', BUNDLED.length()) < 0) {
                            names.add(name);
                        }
                    }
                }
            }
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadPath(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                files.filter(f -> f.toString().endsWith(".json")
                                && !f.toString().endsWith(REVIEW_SUFFIX)
                                && Files.isRegularFile(f))
                        .sorted()
                        .forEach(this::loadFile);
            } catch (IOException e) {
                warnings.add(path + ": cannot list: " + e.getMessage());
            }
        } else {
            loadFile(path);
        }
    }

    private void loadFile(Path file) {
        if (file.toString().endsWith(REVIEW_SUFFIX)) {
            warnings.add(file + ": skipped: a review file (the decisions on a draft), not a pack");
            return;
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            Optional<PackCache.Stamp> stamp = cache.stamp(file);
            Optional<PackCache.Kept> kept = stamp.flatMap(cache::get);
            if (kept.isPresent()) {
                add(file.toString(), kept.get(), folder);
                return;
            }
            PackCache.Kept pack = read(file.toString(), TextFile.read(file), folder);
            if (pack != null) {
                stamp.ifPresent(s -> cache.put(s, pack));
            }
        } catch (UserError e) {
            warnings.add(e.getMessage());
        }
    }

    /** Reads and adds a pack; returns it when it read without a problem (added, or refused as a draft or a twin). */
    private PackCache.Kept read(String origin, String text, Path folder) {
        PackReader.Result result = PackReader.read(text);
        if (!result.ok()) {
            result.problems().forEach(p -> warnings.add(p.format(origin)));
            warnings.add(origin + ": skipped (run 'quizline validate " + origin + "' for details)");
            return null;
        }
        Pack pack = result.pack().orElseThrow();
        PackCache.Kept kept = new PackCache.Kept(pack, AnswerKeys.of(pack));
        add(origin, kept, folder);
        return kept;
    }

    private void add(String origin, PackCache.Kept kept, Path folder) {
        Pack pack = kept.pack();
        String draft = draftState(pack);
        if (draft != null) {
            // Never studied, so never in the way of the published pack of the same id.
            drafts.add(new Loaded(pack, origin, folder, folder == null, kept.answerKeys()));
            warnings.add(origin + ": a draft (" + draft + "), not studied: review it first (quizline review " + origin
                    + ")");
            return;
        }
        for (Loaded existing : packs) {
            if (existing.pack().id().equals(pack.id())) {
                warnings.add(origin + ": skipped: pack id \"" + pack.id() + "\" is already loaded from "
                        + existing.origin());
                return;
            }
        }
        packs.add(new Loaded(pack, origin, folder, folder == null, kept.answerKeys()));
    }

    /**
     * Adds a pack published to the student's class (on the server their progress is on), read from {@code text};
     * {@code origin} names where it is. The higher version of a pack id wins: the published one replaces a pack of the
     * same id loaded here with a lower version, in its place; a pack loaded here with the same version is kept (the
     * same pack, as a rule), and one with a higher version too, with a warning that the class's is not studied.
     */
    public void addPublished(String origin, String text) {
        PackReader.Result result = PackReader.read(text);
        if (!result.ok()) {
            warnings.add(notStudied(origin));
            return;
        }
        addPublished(origin, result.pack().orElseThrow());
    }

    /** Adds a pack published to the student's class, read already, as {@link #addPublished(String, String)} does. */
    public void addPublished(String origin, Pack pack) {
        if (draftState(pack) != null) {
            warnings.add(notStudied(origin));
            return;
        }
        Loaded published = new Loaded(pack, origin, null, false, AnswerKeys.of(pack));
        for (int i = 0; i < packs.size(); i++) {
            Loaded here = packs.get(i);
            if (here.pack().id().equals(pack.id())) {
                if (here.pack().version() < pack.version()) {
                    packs.set(i, published);
                } else if (here.pack().version() > pack.version()) {
                    warnings.add(origin + ": skipped: pack \"" + pack.id() + "\" v" + pack.version()
                            + " is older than the v" + here.pack().version() + " loaded from " + here.origin());
                }
                return;
            }
        }
        packs.add(published);
    }

    private static String notStudied(String origin) {
        return origin + ": skipped: it does not read as a pack to study; the instructor should publish it again";
    }

    /**
     * What makes a pack a draft: questions still marked {@code draft} or {@code draft-conflict}, or
     * conflicts no value was chosen for; null for a pack students may get.
     */
    public static String draftState(Pack pack) {
        long questions = PackedQuestions.withStatus(pack.questions());
        if (questions > 0) {
            return Counted.of(questions, "question") + " not reviewed yet";
        }
        long open = pack.conflicts().stream().filter(c -> c.resolved() == null).count();
        if (open > 0) {
            return Counted.of(open, "conflict") + " not settled";
        }
        return null;
    }
}

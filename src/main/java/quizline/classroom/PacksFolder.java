package quizline.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import quizline.io.AtomicFile;
import quizline.io.UserError;
import quizline.pack.Pack;
import quizline.pack.PackReader;

/**
 * The packs folder every profile of a data folder studies from ({@code $XDG_DATA_HOME/quizline/packs}): a pack is
 * published as {@code ID.json}, written whole in a temporary file and renamed; any other file of the folder holding the
 * same pack id is removed once the new one is in place, so students load one version. Files that are no packs are left
 * alone.
 */
public final class PacksFolder implements ClassPacks {
    private final Path folder;

    public PacksFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<Published> published(String packId) {
        return files(packId).stream().findFirst();
    }

    @Override
    public String publish(Pack pack, String text, Optional<Published> replacing) {
        Path target = folder.resolve(pack.id() + ".json");
        List<Published> before = files(pack.id());
        // Read again just before writing: a folder has no lock, so this narrows another instructor's publish in
        // between to the moment of the rename, where a server's lock rules it out
        Optional<Published> now = before.stream().findFirst();
        if (!now.map(Published::text).equals(replacing.map(Published::text))) {
            throw ClassPacks.publishedMeanwhile(
                    target.toString(),
                    pack.id(),
                    now.map(p -> p.pack().version()),
                    replacing.map(p -> p.pack().version()));
        }
        try {
            Files.createDirectories(folder);
            if (Files.exists(target) && before.stream().noneMatch(p -> p.where().equals(target.toString()))) {
                throw new UserError(target + " exists and is not pack \"" + pack.id() + "\": move it away first");
            }
            AtomicFile.writeString(target, text, true);
            for (Published old : before) {
                if (!old.where().equals(target.toString())) {
                    Files.deleteIfExists(Path.of(old.where()));
                }
            }
        } catch (IOException e) {
            throw new UserError(target + ": cannot publish: " + e.getMessage());
        }
        return target.toString();
    }

    /** The folder's packs with this id, the file named after it first. */
    private List<Published> files(String packId) {
        List<Published> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")
                            && !f.toString().endsWith(".review.json")
                            && Files.isRegularFile(f))
                    .sorted()
                    .toList()) {
                Optional<String> text = text(f);
                Optional<Pack> pack = text.flatMap(t -> PackReader.read(t).pack());
                if (pack.isPresent() && pack.get().id().equals(packId)) {
                    found.add(new Published(pack.get(), text.get(), f.toString()));
                }
            }
        } catch (IOException e) {
            throw new UserError(folder + ": cannot list the class's packs: " + e.getMessage());
        }
        Path named = folder.resolve(packId + ".json");
        found.sort((a, b) ->
                Boolean.compare(!a.where().equals(named.toString()), !b.where().equals(named.toString())));
        return found;
    }

    private static Optional<String> text(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            // Not a pack students could load either: not ours to judge here
            return Optional.empty();
        }
    }
}

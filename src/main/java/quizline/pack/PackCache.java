package quizline.pack;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Packs read before, kept in a folder of the user's cache ({@code $XDG_CACHE_HOME/quizline/packs}) so that a start
 * takes each unchanged pack file from a compact binary copy ({@link PackCodec}) instead of parsing and checking its
 * JSON again. Only packs that read without a problem are kept.
 *
 * <p>The file is always the truth. An entry is used only when the file still has the size and modification time it
 * was made from, and the entry is of this release's {@linkplain PackCodec#VERSION format}; anything else about it
 * (missing, of another file, truncated, damaged: each entry carries a checksum) makes it a miss, and the file is read
 * as if there were no cache. Keeping is best-effort: a folder that cannot be made or written just means no cache. A
 * file modified in the last {@value #SETTLING_SECONDS} seconds is not kept, so that an edit that leaves the same size
 * within the file system's timestamp resolution cannot hide behind an entry.
 */
public final class PackCache {
    /**
     * "QLPE": an entry holding the pack, the fingerprint of its answers as a whole and each answer's ("QLPD" held no
     * fingerprint of the whole, "QLPC" the pack alone).
     */
    private static final int MAGIC = 0x514c5045;

    /** The bytes of {@link AnswerKeys#ofPack}, a SHA-256. */
    private static final int OF_PACK_BYTES = 32;

    private static final long SETTLING_SECONDS = 2;

    private final Path folder;

    private PackCache(Path folder) {
        this.folder = folder;
    }

    /** The cache in quizline's cache folder ({@code packs} in it, made when first written). */
    public static PackCache in(Path cacheDir) {
        return new PackCache(cacheDir.resolve("packs"));
    }

    /** No cache: every pack is read from its file. */
    public static PackCache none() {
        return new PackCache(null);
    }

    /** What an entry is keyed by: the file, and its size and modification time before it was read. */
    public record Stamp(Path file, long size, long modifiedNanos) {}

    /**
     * The file's stamp, taken before reading it; empty when it cannot be taken, when the file cannot be read (so that
     * reading it says why), or when there is no cache.
     */
    public Optional<Stamp> stamp(Path file) {
        if (folder == null || !Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            Path absolute = file.toAbsolutePath();
            BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
            return Optional.of(new Stamp(
                    absolute, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A pack as kept: the pack, and the fingerprints of its answers. */
    public record Kept(Pack pack, AnswerKeys answerKeys) {}

    /** The pack kept for a file with this stamp, when there is a sound entry for it. */
    public Optional<Kept> get(Stamp stamp) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry(stamp));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.getInt() != MAGIC
                    || in.getLong() != PackCodec.VERSION
                    || in.getInt() != AnswerKeys.REVISION
                    || in.getLong() != stamp.size()
                    || in.getLong() != stamp.modifiedNanos()) {
                return Optional.empty();
            }
            byte[] path = stamp.file().toString().getBytes(StandardCharsets.UTF_8);
            int pathLength = in.getInt();
            if (pathLength != path.length || !ByteBuffer.wrap(path).equals(in.slice(in.position(), pathLength))) {
                return Optional.empty();
            }
            in.position(in.position() + pathLength);
            int checksum = in.getInt();
            ByteBuffer body = in.slice();
            CRC32C crc = new CRC32C();
            crc.update(body.duplicate());
            if ((int) crc.getValue() != checksum) {
                return Optional.empty();
            }
            // The pack's bytes, the fingerprint of its answers, then a fingerprint per question
            int packLength = body.getInt();
            Pack pack = PackCodec.decode(body.slice(body.position(), packLength));
            body.position(body.position() + packLength);
            byte[] ofPack = new byte[OF_PACK_BYTES];
            body.get(ofPack);
            long[] digests = new long[body.remaining() / Long.BYTES];
            body.asLongBuffer().get(digests);
            if (body.remaining() % Long.BYTES != 0) {
                return Optional.empty();
            }
            return Optional.of(new Kept(
                    pack,
                    AnswerKeys.kept(pack, digests, java.util.HexFormat.of().formatHex(ofPack))));
        } catch (PackCodec.Malformed | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps a pack read from the file with this stamp; quietly does nothing when it cannot. */
    public void put(Stamp stamp, Kept kept) {
        Path entry = entry(stamp);
        Path temporary = entry.resolveSibling(
                entry.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(folder);
            Files.write(temporary, entryBytes(stamp, body(kept)));
            long written = Files.getLastModifiedTime(temporary).to(TimeUnit.NANOSECONDS);
            if (written - stamp.modifiedNanos()
                    < Duration.ofSeconds(SETTLING_SECONDS).toNanos()) {
                Files.delete(temporary);
                return;
            }
            Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException | RuntimeException ignored) {
                // A folder that cannot be written: nothing was left in it either.
            }
        }
    }

    /** An entry's body: the pack's length and bytes, the fingerprint of its answers, then each answer's. */
    private static byte[] body(Kept kept) {
        byte[] pack = PackCodec.encode(kept.pack());
        byte[] ofPack = java.util.HexFormat.of().parseHex(kept.answerKeys().ofPack());
        long[] digests = kept.answerKeys().digests();
        ByteBuffer body =
                ByteBuffer.allocate(Integer.BYTES + pack.length + OF_PACK_BYTES + digests.length * Long.BYTES);
        body.putInt(pack.length).put(pack).put(ofPack).asLongBuffer().put(digests);
        return body.array();
    }

    private static byte[] entryBytes(Stamp stamp, byte[] body) throws IOException {
        byte[] path = stamp.file().toString().getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(body);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + path.length + 40);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeLong(PackCodec.VERSION);
        out.writeInt(AnswerKeys.REVISION);
        out.writeLong(stamp.size());
        out.writeLong(stamp.modifiedNanos());
        out.writeInt(path.length);
        out.write(path);
        out.writeInt((int) crc.getValue());
        out.write(body);
        return bytes.toByteArray();
    }

    /** One entry a file, named by its path's hash; the path inside tells two files of one hash apart. */
    private Path entry(Stamp stamp) {
        return folder.resolve(Integer.toHexString(stamp.file().toString().hashCode()) + ".pack");
    }
}

package cn.gongkai.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Files and directories only their owner can reach (0700 directories, 0600 files), and the generated passwords
 * kept in them. Nothing the embedded engines keep may be readable by another local account.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    /** the data dir of an app running as root: the node's account must pass through it to its own 0700 dir */
    static final Set<PosixFilePermission> PASSAGE = PosixFilePermissions.fromString("rwx--x--x");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private OwnerOnly() {
    }

    /** creates the directory if needed and makes it 0700 (an existing one is tightened) */
    static Path directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, DIRECTORY);
        return dir;
    }

    /**
     * The data dir itself: created 0700 (0711 when the app runs as root, so the node's account can reach its own
     * 0700 dir inside). An existing data dir keeps its mode: it may be a directory the operator chose and shares;
     * everything the engines keep inside it is 0700 anyway.
     */
    static Path dataDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, ChildProcesses.isRoot() ? PASSAGE : DIRECTORY);
        }
        return dir;
    }

    /** writes the file 0600 from the first byte on (a temporary sibling renamed into place) */
    static void write(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(FILE));
        Files.writeString(tmp, content);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** 32 characters of [A-Za-z2-9] without look-alikes: about 186 bits, safe inside SQL quotes and YAML */
    static String password() {
        StringBuilder s = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}

package cn.gongkai.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The Elasticsearch distribution travels inside the jar ({@code classpath:embedded/elasticsearch-<v>.zip}) and is
 * unpacked once into the engines dir, keeping the file modes the zip records. Unpacking goes to a temporary
 * sibling first and is renamed into place, so an interrupted first start never leaves half a distribution.
 */
final class ElasticsearchDistribution {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchDistribution.class);
    private static final String PATTERN = "classpath*:embedded/elasticsearch-*.zip";

    private ElasticsearchDistribution() {
    }

    static Path unpackInto(Path enginesDir) throws IOException {
        Resource zip = bundledZip();
        String name = zip.getFilename().replaceFirst("\\.zip$", "");
        Path home = enginesDir.resolve(name);
        if (Files.isExecutable(home.resolve("bin/elasticsearch"))) {
            return home;
        }
        long t0 = System.nanoTime();
        Files.createDirectories(enginesDir);
        Path staging = Files.createTempDirectory(enginesDir, ".unpacking-");
        Path zipFile = staging.resolve("es.zip");
        try (InputStream in = zip.getInputStream()) {
            Files.copy(in, zipFile);
        }
        try (ZipFile zf = ZipFile.builder().setPath(zipFile).get()) {
            Enumeration<ZipArchiveEntry> entries = zf.getEntries();
            while (entries.hasMoreElements()) {
                extract(zf, entries.nextElement(), staging);
            }
        }
        Files.delete(zipFile);
        Files.move(staging.resolve(name), home, StandardCopyOption.ATOMIC_MOVE);
        FileSystemUtils.deleteRecursively(staging);
        log.info("Unpacked {} into {} in {} ms", zip.getFilename(), home, (System.nanoTime() - t0) / 1_000_000);
        return home;
    }

    private static Resource bundledZip() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources(PATTERN);
        if (found.length == 0) {
            throw new IllegalStateException("No Elasticsearch distribution on the classpath (" + PATTERN
                    + "): build with './mvnw package', or configure gongkai.search.uris to use an external cluster");
        }
        return found[0];
    }

    private static void extract(ZipFile zf, ZipArchiveEntry e, Path root) throws IOException {
        Path target = root.resolve(e.getName()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("Zip entry outside the target dir: " + e.getName());
        }
        if (e.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zf.getInputStream(e)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        int mode = e.getUnixMode();
        if (mode != 0) {
            Files.setPosixFilePermissions(target, permissions(mode));
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> p = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ };
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                p.add(bits[i]);
            }
        }
        // the zip's config files are 0660: let the unprivileged node account read the distribution
        if (p.contains(PosixFilePermission.OWNER_READ)) {
            p.add(PosixFilePermission.OTHERS_READ);
        }
        return p;
    }
}

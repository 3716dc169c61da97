package cn.gongkai.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code gongkai.data-dir}: where the embedded default keeps its database, index and unpacked engines. */
@ConfigurationProperties("gongkai")
public record DataDirProperties(@DefaultValue("./data") Path dataDir) {

    public Path path() {
        return dataDir.toAbsolutePath().normalize();
    }
}

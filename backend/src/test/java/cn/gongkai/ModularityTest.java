package cn.gongkai;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages only use each other's public API and form no cycles (Spring Modulith). */
class ModularityTest {

    @Test
    void featureModulesRespectTheirBoundaries() {
        ApplicationModules.of(GongkaiApplication.class).verify();
    }
}

package cn.gongkai.codetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.support.ManualClock;
import org.junit.jupiter.api.Test;

/** The cache other features read through: fresh within the TTL, reloaded after it, dropped at once on a local write. */
class CachedCodeTablesTest {

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T08:00:00Z"));
    final Map<CodeTable, List<CodeEntry>> database = new EnumMap<>(CodeTable.class);
    final List<CodeTable> loads = new ArrayList<>();
    final CachedCodeTables tables = new CachedCodeTables(t -> {
        loads.add(t);
        return database.getOrDefault(t, List.of());
    }, clock, new CodeTableProperties(Duration.ofSeconds(30)));

    static CodeEntry entry(String code, String name, boolean active) {
        return new CodeEntry(code, name, 10, active, null);
    }

    @Test
    void readsComeFromMemoryUntilTheTtlRunsOut() {
        database.put(CodeTable.DOMAINS, List.of(entry("POVERTY_ALLEVIATION", "扶贫", true)));
        assertThat(tables.find(CodeTable.DOMAINS, "POVERTY_ALLEVIATION")).map(CodeEntry::name).contains("扶贫");

        // another instance renames it in the shared database
        database.put(CodeTable.DOMAINS, List.of(entry("POVERTY_ALLEVIATION", "乡村振兴", true)));
        clock.advance(Duration.ofSeconds(29));
        assertThat(tables.find(CodeTable.DOMAINS, "POVERTY_ALLEVIATION")).map(CodeEntry::name).contains("扶贫");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tables.find(CodeTable.DOMAINS, "POVERTY_ALLEVIATION")).map(CodeEntry::name).contains("乡村振兴");
        assertThat(loads).containsExactly(CodeTable.DOMAINS, CodeTable.DOMAINS);
    }

    @Test
    void aLocalWriteEvictsItsTableOnly() {
        database.put(CodeTable.LEVELS, List.of(entry("COUNTY", "县级", true)));
        database.put(CodeTable.CHANNELS, List.of(entry("GOV_WEBSITE", "政府网站", true)));
        tables.entries(CodeTable.LEVELS);
        tables.entries(CodeTable.CHANNELS);

        database.put(CodeTable.LEVELS, List.of(entry("COUNTY", "县级", true), entry("VILLAGE", "村级", true)));
        tables.evictAfterCommit(CodeTable.LEVELS);
        assertThat(tables.entries(CodeTable.LEVELS)).extracting(CodeEntry::code).containsExactly("COUNTY", "VILLAGE");
        tables.entries(CodeTable.CHANNELS);
        assertThat(loads).containsExactly(CodeTable.LEVELS, CodeTable.CHANNELS, CodeTable.LEVELS);
    }

    @Test
    void onlyAnExistingActiveCodeMayBeUsedOnANewSave() {
        database.put(CodeTable.DOMAINS, List.of(entry("HEALTH", "卫生健康", true), entry("OLD", "旧领域", false)));
        assertThat(tables.isActive(CodeTable.DOMAINS, "HEALTH")).isTrue();
        assertThat(tables.isActive(CodeTable.DOMAINS, "OLD")).isFalse();
        assertThat(tables.find(CodeTable.DOMAINS, "OLD")).isPresent();
        assertThat(tables.isActive(CodeTable.DOMAINS, "NOPE")).isFalse();
    }

    @Test
    void theCachedListCannotBeChangedByACaller() {
        database.put(CodeTable.LEVELS, new ArrayList<>(List.of(entry("COUNTY", "县级", true))));
        List<CodeEntry> entries = tables.entries(CodeTable.LEVELS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> entries.add(entry("X", "x", true)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLoadThatOverlapsALocalWriteIsUsedOnceButNotKept() {
        CachedCodeTables[] racing = new CachedCodeTables[1];
        racing[0] = new CachedCodeTables(t -> {
            loads.add(t);
            List<CodeEntry> rows = database.getOrDefault(t, List.of());
            if (loads.size() == 1) { // a write commits while the first load is reading
                database.put(t, List.of(entry("COUNTY", "县级（改）", true)));
                racing[0].evict(t);
            }
            return rows;
        }, clock, new CodeTableProperties(Duration.ofSeconds(30)));
        database.put(CodeTable.LEVELS, List.of(entry("COUNTY", "县级", true)));

        assertThat(racing[0].find(CodeTable.LEVELS, "COUNTY")).map(CodeEntry::name).contains("县级");
        assertThat(racing[0].find(CodeTable.LEVELS, "COUNTY")).map(CodeEntry::name).contains("县级（改）");
        assertThat(loads).hasSize(2);
    }
}

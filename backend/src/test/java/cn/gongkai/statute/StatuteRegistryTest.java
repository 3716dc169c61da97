package cn.gongkai.statute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gongkai.item.LegalCitation;
import cn.gongkai.statute.CitationWarning.Problem;
import cn.gongkai.support.ManualClock;
import org.junit.jupiter.api.Test;

class StatuteRegistryTest {

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T08:00:00Z"));
    final List<Statute> database = new ArrayList<>();
    final AtomicInteger loads = new AtomicInteger();
    final StatuteRegistry registry = new StatuteRegistry(() -> {
        loads.incrementAndGet();
        return List.copyOf(database);
    }, clock, new StatuteProperties(Duration.ofSeconds(30)));

    static Statute statute(String code, String title, boolean repealed) {
        return new Statute(1, code, title, List.of(), null, LocalDate.of(2021, 11, 1), LocalDate.of(2021, 8, 20),
                repealed, null, null, null, null, List.of(), Instant.EPOCH);
    }

    @Test
    void eachCitationGetsItsIndexAndSoundOnesNone() {
        database.add(statute("PIPL", "中华人民共和国个人信息保护法", false));
        List<CitationWarning> warnings = registry.check(Arrays.asList(
                new LegalCitation("个人信息保护法", null, "第十三条", "2021"),
                new LegalCitation("《数据保护法》", null, null, null),
                null,
                new LegalCitation("个人信息保护法", null, null, "2020")));
        assertThat(warnings).extracting(CitationWarning::index, CitationWarning::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Problem.UNKNOWN_LAW),
                org.assertj.core.groups.Tuple.tuple(2, Problem.UNKNOWN_LAW),
                org.assertj.core.groups.Tuple.tuple(3, Problem.SUPERSEDED_VERSION));
        assertThat(registry.check(List.of())).isEmpty();
    }

    @Test
    void theRegistryIsReloadedAfterTheTtlOrALocalWrite() {
        List<LegalCitation> citation = List.of(new LegalCitation("某某法", null, null, null));
        assertThat(registry.check(citation)).extracting(CitationWarning::problem).containsExactly(Problem.UNKNOWN_LAW);

        database.add(statute("SOME", "某某法", false)); // written by another instance
        clock.advance(Duration.ofSeconds(10));
        assertThat(registry.check(citation)).extracting(CitationWarning::problem).containsExactly(Problem.UNKNOWN_LAW);
        clock.advance(Duration.ofSeconds(20));
        assertThat(registry.check(citation)).isEmpty();

        database.set(0, statute("SOME", "某某法", true)); // written here
        registry.evictAfterCommit();
        assertThat(registry.check(citation)).extracting(CitationWarning::problem).containsExactly(Problem.REPEALED);
        assertThat(loads.get()).isEqualTo(3);
    }
}

package cn.gongkai.statute;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.gongkai.item.LegalCitation;
import cn.gongkai.statute.CitationText.ArticleRef;
import cn.gongkai.statute.CitationText.CitedVersion;
import cn.gongkai.statute.CitationWarning.Problem;
import cn.gongkai.statute.StatuteIndex.Change;

/**
 * Checks one citation against the registry and names its most important problem, if any: an unknown law, a
 * repealed law, an article whose content moved to another number, or else a superseded version. Renumbering is
 * recognised two ways: the citation names an older version and its article was renumbered; or it names no (or the
 * current) version but the article text carries keywords that a renumbering note places in another article now
 * (docs/DOMAIN.md: 条例 "第十四条 … 商业秘密、个人隐私" is 第十五条 since 2019-05-15). Requiring both the old article
 * number and a keyword keeps correct citations of the current text from being flagged.
 */
final class CitationRules {

    private CitationRules() {
    }

    static Optional<CitationWarning> check(int index, LegalCitation citation, StatuteIndex registry) {
        Optional<StatuteIndex.Entry> found = registry.find(citation.title());
        if (found.isEmpty()) {
            return warn(index, Problem.UNKNOWN_LAW, unknown(citation.title()));
        }
        Statute statute = found.get().statute();
        if (statute.repealed()) {
            return warn(index, Problem.REPEALED, repealed(statute, registry));
        }
        Optional<CitedVersion> version = CitationText.version(citation.version());
        LocalDate since = statute.versionSince();
        boolean oldVersion = since != null && version.map(v -> v.isBefore(since)).orElse(false);
        Optional<ArticleRef> article = CitationText.article(citation.article());
        if (article.isPresent()) {
            ArticleRef cited = article.get();
            List<Change> candidates = found.get().changes().stream().filter(c -> c.oldArticle().covers(cited)).toList();
            String text = CitationText.searchable(citation.article());
            Optional<String> moved = oldVersion
                    ? movedFromOldVersion(statute, cited, version.get(), candidates, text)
                    : movedByKeywords(statute, cited, candidates, text);
            if (moved.isPresent()) {
                return warn(index, Problem.SUPERSEDED_ARTICLE, moved.get());
            }
        }
        if (oldVersion) {
            return warn(index, Problem.SUPERSEDED_VERSION, "引用的是《" + statute.title() + "》“" + version.get().text()
                    + "”版本，" + inForce(statute) + "，请核对条文并改为引用现行版本");
        }
        return Optional.empty();
    }

    /** an older version is cited: its article was renumbered (the keywords, when present, say which part is meant) */
    private static Optional<String> movedFromOldVersion(Statute statute, ArticleRef cited, CitedVersion version,
            List<Change> candidates, String text) {
        List<Change> meant = candidates.stream().filter(c -> !c.keywordsIn(text).isEmpty()).toList();
        List<Change> relevant = meant.isEmpty() ? candidates : meant;
        if (relevant.stream().noneMatch(c -> c.moves(cited))) {
            return Optional.empty();
        }
        return Optional.of("引用的是《" + statute.title() + "》“" + version.text() + "”版本的" + cited.text() + "，该条内容在"
                + "现行版本" + sinceText(statute) + "中为" + newArticles(relevant) + "，请按现行条文序号引用");
    }

    /** no older version is cited, but the text says what an old article said, which lives elsewhere now */
    private static Optional<String> movedByKeywords(Statute statute, ArticleRef cited, List<Change> candidates,
            String text) {
        List<Change> moved = candidates.stream().filter(c -> c.moves(cited) && !c.keywordsIn(text).isEmpty()).toList();
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        List<String> keywords = moved.stream().flatMap(c -> c.keywordsIn(text).stream()).distinct().toList();
        Change first = moved.get(0);
        LocalDate old = first.source().oldVersion();
        return Optional.of("《" + statute.title() + "》" + cited.text() + "是" + (old == null ? "旧版本" : old.getYear() + "年版")
                + "的条文序号：“" + String.join("、", keywords) + "”的内容" + (statute.currentVersion() == null
                        ? "在现行版本中" : "自" + CitationText.day(statute.currentVersion()) + "起")
                + "为" + newArticles(moved) + "，请按现行条文序号引用");
    }

    private static String newArticles(List<Change> changes) {
        return String.join("、", changes.stream().map(c -> c.source().newArticle().strip()).distinct().toList());
    }

    private static String unknown(String title) {
        String shown = title == null ? "" : title.strip().replaceAll("[《》]", "");
        if (shown.isEmpty()) {
            return "未填写法律法规名称";
        }
        return "法规库中没有《" + shown + "》，请核对名称是否完整准确；确属未收录的法规，请联系系统管理员在法规库中补充";
    }

    private static String repealed(Statute statute, StatuteIndex registry) {
        String when = statute.repealedOn() == null ? "已废止" : "已于" + CitationText.day(statute.repealedOn()) + "废止";
        return registry.byCode(statute.replacedBy())
                .map(r -> "《" + statute.title() + "》" + when + "，现行规定为《" + r.title() + "》，请改为引用现行规定")
                .orElse("《" + statute.title() + "》" + when + "，请改为引用现行有效的规定");
    }

    private static String inForce(Statute statute) {
        if (statute.currentVersion() != null) {
            return "现行版本自" + CitationText.day(statute.currentVersion()) + "起施行";
        }
        return "现行版本为" + CitationText.day(statute.adoptedOn()) + "通过（修订）的版本";
    }

    private static String sinceText(Statute statute) {
        return statute.currentVersion() == null ? "" : "（" + CitationText.day(statute.currentVersion()) + "起施行）";
    }

    private static Optional<CitationWarning> warn(int index, Problem problem, String message) {
        return Optional.of(new CitationWarning(index, problem, message));
    }
}

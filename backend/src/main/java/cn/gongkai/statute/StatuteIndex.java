package cn.gongkai.statute;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gongkai.statute.CitationText.ArticleRef;

/**
 * An immutable view of the whole registry, ready for checking: statutes by title key (titles and aliases) and by
 * code, and each statute's renumbering notes with their articles already parsed.
 */
final class StatuteIndex {

    private final List<Statute> statutes;
    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<String, Statute> byCode = new HashMap<>();

    StatuteIndex(List<Statute> statutes) {
        this.statutes = List.copyOf(statutes);
        for (Statute s : this.statutes) {
            Entry entry = new Entry(s, s.articleChanges().stream().flatMap(c -> Change.of(c).stream()).toList());
            byCode.put(s.code(), s);
            byKey.putIfAbsent(CitationText.titleKey(s.title()), entry);
            s.aliases().forEach(a -> byKey.putIfAbsent(CitationText.titleKey(a), entry));
        }
    }

    List<Statute> statutes() {
        return statutes;
    }

    /** the statute a citation's title names, by its title or an alias */
    Optional<Entry> find(String title) {
        String key = CitationText.titleKey(title);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    Optional<Statute> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    record Entry(Statute statute, List<Change> changes) {
    }

    /** a renumbering note with parsed articles and searchable keywords */
    record Change(ArticleChange source, ArticleRef oldArticle, ArticleRef newArticle, List<String> keywords) {

        static Optional<Change> of(ArticleChange c) {
            Optional<ArticleRef> from = CitationText.article(c.oldArticle());
            Optional<ArticleRef> to = CitationText.article(c.newArticle());
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Change(c, from.get(), to.get(),
                    c.keywords().stream().map(CitationText::searchable).filter(k -> !k.isEmpty()).toList()));
        }

        /** the keywords found in a citation's (searchable) article text */
        List<String> keywordsIn(String searchableText) {
            return keywords.stream().filter(searchableText::contains).toList();
        }

        boolean moves(ArticleRef cited) {
            return newArticle.article() != cited.article();
        }
    }
}

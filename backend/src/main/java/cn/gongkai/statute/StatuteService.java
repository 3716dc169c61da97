package cn.gongkai.statute;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.item.LegalCitation;
import cn.gongkai.statute.StatuteMapper.AliasRow;
import cn.gongkai.statute.StatuteMapper.ChangeRow;
import cn.gongkai.statute.StatuteMapper.StatuteRow;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the statute registry: adds and edits statutes with their short names and renumbering notes. Statutes are
 * never deleted (a repealed one stays, so citations of it can be flagged). A title or short name identifies one
 * statute only, or a citation could not be matched unambiguously.
 */
@Service
@Transactional
class StatuteService {

    static final int MAX_CITATIONS = 200;
    private static final String ARTICLE_FORMAT = "条款应写作“第十四条”或“第十四条第四款”";

    private final StatuteMapper mapper;
    private final StatuteRegistry registry;
    private final Validator validator;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatuteService(StatuteMapper mapper, StatuteRegistry registry, Validator validator, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.registry = registry;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Statute> list(boolean inForceOnly) {
        return registry.index().statutes().stream().filter(s -> !inForceOnly || !s.repealed()).toList();
    }

    public Statute create(StatuteCommand c) {
        boolean generated = c.code() == null || c.code().isBlank();
        audit.target("STATUTE", generated ? null : c.code());
        List<Statute> all = StatuteRegistry.load(mapper);
        if (!generated && all.stream().anyMatch(s -> s.code().equals(c.code()))) {
            throw ApiException.conflict("duplicate-code", "法规库中已存在编码“" + c.code() + "”");
        }
        validate(c, generated ? null : c.code(), all);
        Instant now = clock.instant();
        String code = generated ? "PENDING_" + UUID.randomUUID().toString().replace("-", "") : c.code();
        try {
            mapper.insert(row(null, code, c, now, now));
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("duplicate-code", "法规库中已存在编码“" + code + "”");
        }
        long id = mapper.lastInsertId();
        if (generated) {
            code = "STATUTE_" + id;
            mapper.updateCode(id, code);
        }
        writeChildren(id, c);
        registry.evictAfterCommit();
        Statute created = reload(code);
        events.publishEvent(new StatutesChanged(code));
        audit.target("STATUTE", code);
        audit.change(null, created);
        return created;
    }

    /** {@code code} from the path, or from the body when the client PUTs to the table itself */
    public Statute update(String code, StatuteCommand c) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalidField("code", "请指明要修改的法规编码");
        }
        if (c.code() != null && !c.code().equals(code)) {
            throw ApiException.invalidField("code", "法规编码创建后不能修改");
        }
        audit.target("STATUTE", code);
        StatuteRow current = mapper.findByCode(code)
                .orElseThrow(() -> ApiException.notFound("法规库中没有编码为“" + code + "”的法规"));
        List<Statute> all = StatuteRegistry.load(mapper);
        Statute before = all.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
        validate(c, code, all);
        mapper.update(row(current.id(), code, c, current.createdAt(), clock.instant()));
        mapper.deleteAliases(current.id());
        mapper.deleteChanges(current.id());
        writeChildren(current.id(), c);
        registry.evictAfterCommit();
        Statute after = reload(code);
        events.publishEvent(new StatutesChanged(code));
        audit.change(before, after);
        return after;
    }

    /** the console forms' check: each citation validated like an item's, then checked against the registry */
    @Transactional(readOnly = true)
    public List<CitationWarning> check(List<LegalCitation> citations) {
        if (citations == null) {
            throw ApiException.badRequest("请提交要核验的依据列表");
        }
        if (citations.size() > MAX_CITATIONS) {
            throw ApiException.badRequest("一次最多核验 " + MAX_CITATIONS + " 条依据");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            String prefix = "[" + i + "]";
            if (citations.get(i) == null) {
                errors.add(new FieldError(prefix, "依据不能为空"));
                continue;
            }
            validator.validate(citations.get(i)).forEach(v ->
                    errors.add(new FieldError(prefix + "." + v.getPropertyPath(), v.getMessage())));
        }
        reject(errors);
        audit.note("citations", citations.size());
        return registry.check(citations);
    }

    private void validate(StatuteCommand c, String ownCode, List<Statute> all) {
        List<FieldError> errors = new ArrayList<>();
        List<String> keys = names(c, errors);
        if (c.adoptedOn() != null && c.currentVersion() != null && c.adoptedOn().isAfter(c.currentVersion())) {
            errors.add(new FieldError("adoptedOn", "通过（修订）日期不能晚于施行日期"));
        }
        checkRepeal(c, ownCode, all, errors);
        for (int i = 0; i < c.articleChanges().size(); i++) {
            checkChange(c, c.articleChanges().get(i), "articleChanges[" + i + "]", errors);
        }
        reject(errors);
        for (Statute other : all) {
            if (other.code().equals(ownCode)) {
                continue;
            }
            Set<String> taken = new HashSet<>();
            Stream.concat(Stream.of(other.title()), other.aliases().stream()).map(CitationText::titleKey)
                    .forEach(taken::add);
            keys.stream().filter(taken::contains).findFirst().ifPresent(k -> {
                throw ApiException.conflict("duplicate-name", "名称或简称“" + k + "”已被《" + other.title()
                        + "》使用；同一名称只能指向一部法规");
            });
        }
    }

    /** the title and short names as lookup keys, each once */
    private static List<String> names(StatuteCommand c, List<FieldError> errors) {
        List<String> keys = new ArrayList<>();
        String titleKey = CitationText.titleKey(c.title());
        if (titleKey.isEmpty()) {
            errors.add(new FieldError("title", "法规名称不能只有书名号、括号或空格"));
        } else {
            keys.add(titleKey);
        }
        for (int i = 0; i < c.aliases().size(); i++) {
            String key = CitationText.titleKey(c.aliases().get(i));
            if (key.isEmpty()) {
                errors.add(new FieldError("aliases[" + i + "]", "简称不能只有书名号、括号或空格"));
            } else if (keys.contains(key)) {
                errors.add(new FieldError("aliases[" + i + "]", "简称“" + key + "”与名称或其他简称重复"));
            } else {
                keys.add(key);
            }
        }
        return keys;
    }

    private static void checkRepeal(StatuteCommand c, String ownCode, List<Statute> all, List<FieldError> errors) {
        if (!c.isRepealed()) {
            if (c.repealedOn() != null) {
                errors.add(new FieldError("repealedOn", "未废止的法规不能填写废止日期"));
            }
            if (c.replacedBy() != null && !c.replacedBy().isBlank()) {
                errors.add(new FieldError("replacedBy", "未废止的法规不能填写替代法规"));
            }
            return;
        }
        String replacement = c.replacedBy();
        if (replacement == null || replacement.isBlank()) {
            return;
        }
        if (replacement.equals(ownCode)) {
            errors.add(new FieldError("replacedBy", "法规不能由自身替代"));
        } else if (all.stream().noneMatch(s -> s.code().equals(replacement))) {
            errors.add(new FieldError("replacedBy", "替代法规不存在：" + replacement));
        }
    }

    private static void checkChange(StatuteCommand c, ArticleChange change, String field, List<FieldError> errors) {
        if (CitationText.article(change.oldArticle()).isEmpty()) {
            errors.add(new FieldError(field + ".oldArticle", ARTICLE_FORMAT));
        }
        if (CitationText.article(change.newArticle()).isEmpty()) {
            errors.add(new FieldError(field + ".newArticle", ARTICLE_FORMAT));
        }
        if (change.keywords().stream().anyMatch(k -> k.contains(StatuteRegistry.KEYWORD_SEPARATOR))) {
            errors.add(new FieldError(field + ".keywords", "关键词中不能含有“|”"));
        } else if (String.join(StatuteRegistry.KEYWORD_SEPARATOR, change.keywords()).length() > 500) {
            errors.add(new FieldError(field + ".keywords", "关键词合计不能超过500个字符"));
        }
        if (change.oldVersion() != null && c.currentVersion() != null && !change.oldVersion().isBefore(c.currentVersion())) {
            errors.add(new FieldError(field + ".oldVersion", "原版本的施行日期须早于现行版本"));
        }
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            String summary = String.join("；", errors.stream().limit(5).map(FieldError::message).toList());
            throw ApiException.badRequest("提交的数据有 " + errors.size() + " 处错误：" + summary).withErrors(errors);
        }
    }

    private void writeChildren(long id, StatuteCommand c) {
        List<String> aliases = c.aliases().stream().map(String::strip).toList();
        if (!aliases.isEmpty()) {
            mapper.insertAliases(IntStream.range(0, aliases.size())
                    .mapToObj(i -> new AliasRow(id, i + 1, aliases.get(i))).toList());
        }
        List<ArticleChange> changes = c.articleChanges();
        if (!changes.isEmpty()) {
            mapper.insertChanges(IntStream.range(0, changes.size()).mapToObj(i -> {
                ArticleChange ch = changes.get(i);
                List<String> keywords = ch.keywords().stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
                return new ChangeRow(id, i + 1, ch.oldVersion(), ch.oldArticle().strip(), ch.newArticle().strip(),
                        keywords.isEmpty() ? null : String.join(StatuteRegistry.KEYWORD_SEPARATOR, keywords),
                        blankToNull(ch.note()));
            }).toList());
        }
    }

    private Statute reload(String code) {
        return StatuteRegistry.load(mapper).stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static StatuteRow row(Long id, String code, StatuteCommand c, Instant created, Instant updated) {
        boolean repealed = c.isRepealed();
        return new StatuteRow(id, code, c.title().replaceAll("[《》]", "").strip(), blankToNull(c.docNumber()), c.currentVersion(), c.adoptedOn(),
                repealed, repealed ? c.repealedOn() : null, repealed ? blankToNull(c.replacedBy()) : null,
                blankToNull(c.note()), created, updated);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package cn.gongkai.codetable;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and edits code table entries. Codes are immutable and entries are never deleted: other features keep the
 * codes in their items, so an entry that is no longer wanted is deactivated (still readable, refused on new saves).
 */
@Service
@Transactional
class CodeTableService {

    private final CodeEntryMapper mapper;
    private final CachedCodeTables cache;
    private final AuditTrail audit;
    private final Clock clock;

    CodeTableService(CodeEntryMapper mapper, CachedCodeTables cache, AuditTrail audit, Clock clock) {
        this.mapper = mapper;
        this.cache = cache;
        this.audit = audit;
        this.clock = clock;
    }

    /** every entry, active or not, through the cache other features read */
    @Transactional(readOnly = true)
    public List<CodeEntry> entries(CodeTable table, boolean activeOnly) {
        return cache.entries(table).stream().filter(e -> !activeOnly || e.active()).toList();
    }

    public CodeEntry create(CodeTable table, CodeEntryCommand command) {
        if (command.code() == null || command.code().isBlank()) {
            throw ApiException.invalidField("code", "编码不能为空");
        }
        String code = command.code();
        audit.target("CODE_ENTRY", table.name() + ":" + code);
        mapper.find(table, code).ifPresent(e -> {
            throw duplicateCode(table, e);
        });
        String name = command.name().strip();
        checkNameFree(table, name, null);
        int sortOrder = command.sortOrder() != null ? command.sortOrder() : mapper.maxSortOrder(table) + 10;
        CodeEntry entry = new CodeEntry(code, name, sortOrder, command.active() == null || command.active(),
                blankToNull(command.note()));
        try {
            mapper.insert(table, entry, clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("duplicate-code", table.displayName() + "中已存在编码“" + code + "”或名称“" + name + "”");
        }
        cache.evictAfterCommit(table);
        audit.change(null, entry);
        return entry;
    }

    /** {@code code} from the path, or from the body when the client PUTs to the table itself */
    public CodeEntry update(CodeTable table, String code, CodeEntryCommand command) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalidField("code", "请指明要修改的编码");
        }
        if (command.code() != null && !command.code().equals(code)) {
            throw ApiException.invalidField("code", "编码创建后不能修改；需要新编码时请新增一项并停用旧项");
        }
        audit.target("CODE_ENTRY", table.name() + ":" + code);
        CodeEntry before = mapper.find(table, code)
                .orElseThrow(() -> ApiException.notFound(table.displayName() + "中没有编码“" + code + "”"));
        String name = command.name().strip();
        checkNameFree(table, name, code);
        CodeEntry after = new CodeEntry(code, name, command.sortOrder() != null ? command.sortOrder() : before.sortOrder(),
                command.active() != null ? command.active() : before.active(), blankToNull(command.note()));
        try {
            mapper.update(table, after, clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("duplicate-name", table.displayName() + "中已有名称“" + name + "”");
        }
        cache.evictAfterCommit(table);
        audit.change(before, after);
        return after;
    }

    private void checkNameFree(CodeTable table, String name, String ownCode) {
        mapper.findCodeByName(table, name).filter(other -> !Objects.equals(other, ownCode)).ifPresent(other -> {
            throw ApiException.conflict("duplicate-name",
                    table.displayName() + "中已有名称“" + name + "”（编码 " + other + "），同一代码表的名称不能重复");
        });
    }

    private static ApiException duplicateCode(CodeTable table, CodeEntry existing) {
        return ApiException.conflict("duplicate-code", table.displayName() + "中已存在编码“" + existing.code() + "”（"
                + existing.name() + (existing.active() ? "" : "，已停用") + "）");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package cn.gongkai.org;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.common.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The org tree: create, edit, move, enable/disable, delete (only when nothing hangs off it). */
@Service
@Transactional
class OrgService {

    private final OrgMapper mapper;
    private final List<OrgUsage> usages;
    private final AuditTrail audit;
    private final OrgCache cache;
    private final Clock clock;

    OrgService(OrgMapper mapper, List<OrgUsage> usages, AuditTrail audit, OrgCache cache, Clock clock) {
        this.mapper = mapper;
        this.cache = cache;
        this.usages = usages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OrgNode> tree(boolean enabledOnly) {
        Map<Long, OrgNode> nodes = new LinkedHashMap<>();
        for (OrgUnit o : mapper.findAll()) {
            nodes.put(o.id(), OrgNode.from(o));
        }
        List<OrgNode> roots = new ArrayList<>();
        for (OrgNode n : nodes.values()) {
            OrgNode parent = n.parentId() == null ? null : nodes.get(n.parentId());
            if (enabledOnly && !n.enabled()) {
                continue;
            }
            if (parent == null) {
                roots.add(n);
            } else {
                parent.children().add(n);
            }
        }
        return roots;
    }

    /**
     * The orgs of {@code ids} as a tree (each under its nearest ancestor in the set, the others as roots), the tree
     * holding {@code first} first: what a user's org pickers offer.
     */
    @Transactional(readOnly = true)
    public List<OrgNode> treeOf(Collection<Long> ids, Long first) {
        Map<Long, OrgUnit> all = new LinkedHashMap<>();
        for (OrgUnit o : mapper.findAll()) {
            all.put(o.id(), o);
        }
        Map<Long, OrgNode> nodes = new LinkedHashMap<>();
        for (OrgUnit o : all.values()) {
            if (ids.contains(o.id())) {
                nodes.put(o.id(), OrgNode.from(o));
            }
        }
        List<OrgNode> roots = new ArrayList<>();
        for (OrgNode n : nodes.values()) {
            OrgNode parent = null;
            Long p = n.parentId();
            while (p != null && parent == null) {
                parent = nodes.get(p);
                p = all.containsKey(p) ? all.get(p).parentId() : null;
            }
            (parent == null ? roots : parent.children()).add(n);
        }
        if (first != null) {
            List<OrgNode> holding = roots.stream().filter(r -> contains(r, first)).toList();
            List<OrgNode> ordered = new ArrayList<>(holding);
            roots.stream().filter(r -> !holding.contains(r)).forEach(ordered::add);
            return ordered;
        }
        return roots;
    }

    private static boolean contains(OrgNode node, long id) {
        return node.id() == id || node.children().stream().anyMatch(c -> contains(c, id));
    }

    @Transactional(readOnly = true)
    public OrgNode get(long id) {
        return OrgNode.from(load(id)).leaf();
    }

    public OrgNode create(OrgCommand c) {
        cache.evictAfterCommit();
        OrgUnit parent = c.parentId() == null ? null : parent(c.parentId());
        checkLevel(c, parent);
        mapper.findByCode(c.code()).ifPresent(o -> {
            throw duplicateCode(c.code());
        });
        Instant now = clock.instant();
        OrgUnit draft = toUnit(null, c, "/", 0, now, now);
        try {
            mapper.insert(draft);
        } catch (DuplicateKeyException e) {
            throw duplicateCode(c.code());
        }
        long id = mapper.lastInsertId();
        mapper.updatePath(id, (parent == null ? "/" : parent.path()) + id + "/");
        OrgNode created = get(id);
        audit.target("ORG", id);
        audit.change(null, created);
        return created;
    }

    public OrgNode update(long id, OrgCommand c) {
        cache.evictAfterCommit();
        OrgUnit current = load(id);
        OrgUnit parent = c.parentId() == null ? null : parent(c.parentId());
        if (parent != null && parent.path().startsWith(current.path())) {
            throw ApiException.invalidField("parentId", "不能把机构移动到它自己或它的下级机构之下");
        }
        checkLevel(c, parent);
        mapper.findByCode(c.code()).filter(o -> !o.id().equals(id)).ifPresent(o -> {
            throw duplicateCode(c.code());
        });
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        OrgUnit updated = toUnit(id, c, path, current.version(), current.createdAt(), clock.instant());
        if (c.enabled() == null) {
            updated = toUnit(id, withEnabled(c, current.enabled()), path, current.version(), current.createdAt(),
                    clock.instant());
        }
        try {
            mapper.update(updated);
        } catch (DuplicateKeyException e) {
            throw duplicateCode(c.code());
        }
        if (!Objects.equals(path, current.path())) {
            mapper.movePaths(id, current.path(), path);
        }
        OrgNode after = get(id);
        audit.target("ORG", id);
        audit.change(OrgNode.from(current).leaf(), after);
        return after;
    }

    public void delete(long id) {
        cache.evictAfterCommit();
        OrgUnit org = load(id);
        audit.target("ORG", id);
        int children = mapper.countChildren(id);
        if (children > 0) {
            throw ApiException.conflict("org-in-use",
                    "机构“" + org.name() + "”下还有 " + children + " 个下级机构，不能删除；可以改为停用");
        }
        List<String> used = usages.stream().map(u -> u.describeUsage(id)).flatMap(Optional::stream).toList();
        if (!used.isEmpty()) {
            throw ApiException.conflict("org-in-use",
                    "机构“" + org.name() + "”下还有" + String.join("、", used) + "，不能删除；可以改为停用");
        }
        mapper.delete(id);
        audit.change(OrgNode.from(org).leaf(), null);
    }

    private OrgUnit load(long id) {
        return mapper.findById(id).orElseThrow(() -> ApiException.notFound("机构不存在：" + id));
    }

    private OrgUnit parent(long parentId) {
        return mapper.findById(parentId)
                .orElseThrow(() -> ApiException.invalidField("parentId", "上级机构不存在：" + parentId));
    }

    private static void checkLevel(OrgCommand c, OrgUnit parent) {
        if (parent != null && c.level() < parent.level()) {
            throw ApiException.invalidField("level", "层级不能高于上级机构（上级机构层级为 " + parent.level() + "）");
        }
    }

    private static ApiException duplicateCode(String code) {
        return ApiException.conflict("duplicate-code", "机构编码“" + code + "”已存在");
    }

    private static OrgCommand withEnabled(OrgCommand c, boolean enabled) {
        return new OrgCommand(c.code(), c.name(), c.shortName(), c.type(), c.level(), c.parentId(), c.regionCode(),
                c.creditCode(), c.sortOrder(), enabled);
    }

    private static OrgUnit toUnit(Long id, OrgCommand c, String path, int version, Instant created, Instant updated) {
        return new OrgUnit(id, c.code().trim(), c.name().trim(), blankToNull(c.shortName()), c.type(), c.level(),
                c.parentId(), path, blankToNull(c.regionCode()), c.normalizedCreditCode(),
                c.sortOrder() == null ? 0 : c.sortOrder(), c.enabled() == null || c.enabled(), version, created, updated);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package cn.gongkai.item;

import java.util.List;

import cn.gongkai.common.PageQuery;
import cn.gongkai.common.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** docs/API.md "Public": published revisions of the four lists, no login. */
@RestController
@RequestMapping("/api/v1/public/" + ItemPaths.KIND)
class PublicItemController {

    private final ItemKinds kinds;
    private final PublicItems items;

    PublicItemController(ItemKinds kinds, PublicItems items) {
        this.kinds = kinds;
        this.items = items;
    }

    @GetMapping
    PageResult<ItemView> list(@PathVariable String kind, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) String category, @RequestParam(required = false) String domainCode,
            @RequestParam(required = false) String part, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return items.list(kinds.kind(kind), orgId, emptyToNull(category), emptyToNull(domainCode), emptyToNull(part),
                PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    ItemView get(@PathVariable String kind, @PathVariable long id) {
        return items.get(kinds.kind(kind), id);
    }

    @GetMapping("/{id}/revisions")
    List<RevisionSummary> revisions(@PathVariable String kind, @PathVariable long id) {
        return items.revisions(kinds.kind(kind), id);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

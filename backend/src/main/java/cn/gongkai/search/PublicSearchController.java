package cn.gongkai.search;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** docs/API.md "Public": full-text search over the published lists and title suggestions, no login. */
@RestController
class PublicSearchController {

    private final PublicSearch search;

    PublicSearchController(PublicSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/public/search")
    SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long orgId, @RequestParam(required = false) String domainCode,
            @RequestParam(required = false) String category, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return search.search(new PublicSearch.Params(q, kind, orgId, domainCode, category, from, to, sort, page, size));
    }

    @GetMapping("/api/v1/public/suggest")
    List<SearchIndex.Suggestion> suggest(@RequestParam(required = false) String q) {
        return search.suggest(q);
    }
}

package cn.gongkai.supervision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.gongkai.item.LegalCitation;
import cn.gongkai.statute.CitationChecks;
import cn.gongkai.statute.CitationWarning;
import cn.gongkai.supervision.SupervisionMapper.Fact;
import cn.gongkai.supervision.SupervisionMapper.PublishedRevision;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides, from a published revision's content, the facts the metrics count but SQL cannot see: a catalogue item's
 * missing elements and nesting, a negative item's citation validity against the statute registry.
 */
@Component
class PublishedFacts {

    private static final int MAX_PROBLEMS_LENGTH = 2000;

    private final JsonMapper json;
    private final CitationChecks citations;
    private final Clock clock;

    PublishedFacts(JsonMapper json, CitationChecks citations, Clock clock) {
        this.json = json;
        this.citations = citations;
        this.clock = clock;
    }

    Fact of(PublishedRevision r) {
        JsonNode content = json.readTree(r.content());
        boolean complete = true;
        String missing = null;
        boolean nested = false;
        boolean basisValid = true;
        String problems = null;
        switch (r.kind()) {
            case "CATALOGUE" -> {
                List<CatalogueElement> absent = CatalogueElement.missing(content);
                complete = absent.isEmpty();
                missing = CatalogueElement.encode(absent);
                nested = content.path("nested").asBoolean(false);
            }
            case "NEGATIVE" -> {
                problems = basisProblems(content.path("legalBasis"));
                basisValid = problems == null;
            }
            default -> {
            }
        }
        return new Fact(r.itemId(), r.kind(), r.orgId(), r.code(), r.name(), r.revision(), r.domainCode(), r.part(),
                complete, missing, nested, basisValid, problems, clock.instant());
    }

    /** null when every citation passes the registry check; otherwise one line per doubtful citation */
    private String basisProblems(JsonNode basis) {
        List<LegalCitation> list = new ArrayList<>();
        if (basis.isArray()) {
            for (JsonNode c : basis) {
                list.add(new LegalCitation(text(c, "title"), text(c, "docNumber"), text(c, "article"),
                        text(c, "version")));
            }
        }
        if (list.isEmpty()) {
            return "未填写依据";
        }
        List<CitationWarning> warnings = citations.check(list);
        if (warnings.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (CitationWarning w : warnings) {
            LegalCitation c = list.get(w.index());
            String cited = "《" + (c.title() == null ? "" : c.title().replaceAll("[《》]", "")) + "》"
                    + (c.article() == null ? "" : c.article());
            lines.add("第" + (w.index() + 1) + "条依据 " + cited + "：" + w.message());
        }
        String joined = String.join("\n", lines);
        return joined.length() <= MAX_PROBLEMS_LENGTH ? joined : joined.substring(0, MAX_PROBLEMS_LENGTH - 1) + "…";
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }
}

package cn.gongkai.negativeitem;

import java.util.List;

import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.item.ContentRules;
import cn.gongkai.item.ItemContent;
import cn.gongkai.item.ItemFacets;
import cn.gongkai.item.LegalCitation;
import cn.gongkai.item.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The fields of a 负面清单 item (docs/DOMAIN.md "Negative items"); the envelope's name is 信息事项类别. A COMMON item of an
 * org applies to its whole subtree, a SPECIFIC item to its own org only.
 */
public record NegativeItemContent(
        @NotNull(message = "请选择共性或特性") Part part,
        @NotNull(message = "请选择不予公开的情形") NegativeCategory category,
        @Size(max = 5000, message = "信息事项内容不能超过5000字") String description,
        @Valid @Size(max = 50, message = "依据最多50条") List<@NotNull(message = "依据不能为空") LegalCitation> legalBasis,
        AppliesTo appliesTo,
        @Min(value = 1, message = "审查周期至少1个月") @Max(value = 60, message = "审查周期不能超过60个月") Integer reviewIntervalMonths)
        implements ItemContent {

    /** docs/DOMAIN.md: reviewed every 12 months unless the org sets otherwise */
    static final int DEFAULT_REVIEW_MONTHS = 12;

    public NegativeItemContent {
        legalBasis = Lists.orEmpty(legalBasis);
        appliesTo = appliesTo == null ? AppliesTo.BOTH : appliesTo;
        reviewIntervalMonths = reviewIntervalMonths == null ? DEFAULT_REVIEW_MONTHS : reviewIntervalMonths;
    }

    /** 共性 / 特性 */
    public enum Part {
        COMMON, SPECIFIC
    }

    /** whether the item withholds from proactive disclosure, from disclosure on request, or both */
    public enum AppliesTo {
        PROACTIVE, ON_REQUEST, BOTH
    }

    @Override
    public ItemFacets facets() {
        return new ItemFacets(category.name(), null, part.name(), null);
    }

    @Override
    public List<FieldError> publicationViolations() {
        return ContentRules.citationForPublication(legalBasis);
    }
}

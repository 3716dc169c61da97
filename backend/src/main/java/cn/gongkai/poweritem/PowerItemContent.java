package cn.gongkai.poweritem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.item.ContentRules;
import cn.gongkai.item.ItemContent;
import cn.gongkai.item.ItemFacets;
import cn.gongkai.item.LegalCitation;
import cn.gongkai.item.Lists;
import cn.gongkai.item.ProcessStep;
import cn.gongkai.item.TimeLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields of a 权责清单 item (docs/DOMAIN.md "Power items"). */
public record PowerItemContent(
        @NotNull(message = "请选择权力类型") PowerCategory category,
        Long parentId,
        @Valid @Size(max = 50, message = "依据最多50条") List<@NotNull(message = "依据不能为空") LegalCitation> legalBasis,
        @Size(max = 200, message = "承办机构不能超过200字") String handlingUnit,
        @Size(max = 500, message = "共同实施部门不能超过500字") String coImplementingOrgs,
        @Size(max = 50, message = "责任事项最多50条")
        List<@NotBlank(message = "责任事项不能为空") @Size(max = 2000, message = "每条责任事项不能超过2000字") String> responsibilities,
        @Size(max = 5000, message = "追责情形不能超过5000字") String accountability,
        @Size(max = 500, message = "监督方式不能超过500字") String supervision,
        @Size(max = 200, message = "咨询电话不能超过200字") String consultation,
        @Valid TimeLimit statutoryLimit,
        @Valid TimeLimit promisedLimit,
        @Valid Fee fee,
        @Valid @Size(max = 50, message = "流程步骤最多50步") List<@NotNull(message = "步骤不能为空") ProcessStep> processSteps,
        @Size(max = 5000, message = "廉政风险点不能超过5000字") String integrityRisks,
        LocalDate validFrom,
        LocalDate validTo) implements ItemContent {

    public PowerItemContent {
        legalBasis = Lists.orEmpty(legalBasis);
        responsibilities = Lists.orEmpty(responsibilities);
        processSteps = Lists.orEmpty(processSteps);
    }

    /** 收费: whether the power charges a fee, and on what basis */
    public record Fee(@NotNull(message = "请选择是否收费") Boolean charged,
            @Size(max = 500, message = "收费依据不能超过500字") String basis) {
    }

    @Override
    public ItemFacets facets() {
        return new ItemFacets(category.name(), null, null, parentId);
    }

    @Override
    public List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>(ProcessStep.duplicateSequences(processSteps));
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            errors.add(new FieldError("validTo", "有效期止不能早于有效期起"));
        }
        if (statutoryLimit != null && promisedLimit != null && statutoryLimit.unit() == promisedLimit.unit()
                && promisedLimit.value() > statutoryLimit.value()) {
            errors.add(new FieldError("promisedLimit.value", "承诺时限不能长于法定时限"));
        }
        if (fee != null) {
            ContentRules.feeBasis(fee.charged(), fee.basis()).ifPresent(errors::add);
        }
        return errors;
    }

    @Override
    public List<FieldError> publicationViolations() {
        return ContentRules.citationForPublication(legalBasis);
    }
}

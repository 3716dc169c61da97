package cn.gongkai.serviceitem;

import java.util.ArrayList;
import java.util.HashSet;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The fields of a 公共服务清单 item (docs/DOMAIN.md "Service items"). */
public record ServiceItemContent(
        @Size(max = 6, message = "服务对象最多6项") List<@NotNull(message = "服务对象不能为空") ServiceObject> serviceObjects,
        @Valid @Size(max = 50, message = "依据最多50条") List<@NotNull(message = "依据不能为空") LegalCitation> legalBasis,
        @Size(max = 200, message = "受理单位不能超过200字") String acceptingUnit,
        @Valid @Size(max = 50, message = "流程步骤最多50步") List<@NotNull(message = "步骤不能为空") ProcessStep> processSteps,
        @Valid @Size(max = 100, message = "申请材料最多100项") List<@NotNull(message = "材料不能为空") Material> materials,
        @Size(max = 500, message = "示范文本不能超过500字") String sampleText,
        @Valid Fee fee,
        @Valid TimeLimit timeLimit,
        @Size(max = 500, message = "咨询方式不能超过500字") String consultation,
        @Size(max = 500, message = "监督投诉方式不能超过500字") String complaint,
        @Size(max = 300, message = "办理地点不能超过300字") String location,
        @Size(max = 300, message = "办理时间不能超过300字") String hours,
        @Size(max = 5, message = "办理形式最多5项") List<@NotNull(message = "办理形式不能为空") HandlingForm> handlingForms)
        implements ItemContent {

    public ServiceItemContent {
        serviceObjects = Lists.orEmpty(serviceObjects);
        legalBasis = Lists.orEmpty(legalBasis);
        processSteps = Lists.orEmpty(processSteps);
        materials = Lists.orEmpty(materials);
        handlingForms = Lists.orEmpty(handlingForms);
    }

    /** 申请材料: name, whether required, number of originals and copies */
    public record Material(
            @NotBlank(message = "请填写材料名称") @Size(max = 200, message = "材料名称不能超过200字") String name,
            @NotNull(message = "请选择是否必需") Boolean required,
            @PositiveOrZero(message = "原件份数不能为负数") @Max(value = 99, message = "原件份数不能超过99") Integer originals,
            @PositiveOrZero(message = "复印件份数不能为负数") @Max(value = 99, message = "复印件份数不能超过99") Integer copies,
            @Size(max = 500, message = "备注不能超过500字") String note) {
    }

    /** 收费: whether charged, basis and standard */
    public record Fee(@NotNull(message = "请选择是否收费") Boolean charged,
            @Size(max = 500, message = "收费依据不能超过500字") String basis,
            @Size(max = 500, message = "收费标准不能超过500字") String standard) {
    }

    @Override
    public ItemFacets facets() {
        return new ItemFacets(null, null, null, null);
    }

    @Override
    public List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>(ProcessStep.duplicateSequences(processSteps));
        if (new HashSet<>(serviceObjects).size() < serviceObjects.size()) {
            errors.add(new FieldError("serviceObjects", "服务对象有重复"));
        }
        if (new HashSet<>(handlingForms).size() < handlingForms.size()) {
            errors.add(new FieldError("handlingForms", "办理形式有重复"));
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

package cn.gongkai.catalogueitem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.item.ItemContent;
import cn.gongkai.item.ItemFacets;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.LegalCitation;
import cn.gongkai.item.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The fields of a 政务公开事项目录 item (docs/DOMAIN.md "Catalogue items"). A draft needs little (domain and 一级事项) so an
 * editor can save work in progress; what the publication rules require is checked on submit. Basis, channels and
 * the subject are measured by the supervision metrics, not required.
 */
public record CatalogueItemContent(
        @NotBlank(message = "请选择领域") @Size(max = 64, message = "领域代码不能超过64字") String domainCode,
        @NotBlank(message = "请填写一级事项") @Size(max = 200, message = "一级事项不能超过200字") String level1,
        @Size(max = 200, message = "二级事项不能超过200字") String level2,
        @Size(max = 200, message = "三级事项不能超过200字") String level3,
        @Size(max = 5000, message = "公开内容不能超过5000字") String content,
        @Valid @Size(max = 50, message = "公开依据最多50条") List<@NotNull(message = "依据不能为空") LegalCitation> basis,
        @Valid DisclosureTimeLimit timeLimit,
        @Valid DisplayPeriod displayPeriod,
        Long subjectOrgId,
        @Size(max = 500, message = "公开主体说明不能超过500字") String subjectNote,
        @Valid @Size(max = 30, message = "公开渠道最多30个") List<@NotNull(message = "渠道不能为空") ChannelChoice> channels,
        @Size(max = 500, message = "其他渠道不能超过500字") String otherChannels,
        List<@NotNull(message = "公开对象不能为空") Audience> audiences,
        List<@NotNull(message = "公开方式不能为空") DisclosureMode> modes,
        @Size(max = 10, message = "公开层级最多10个")
        List<@NotBlank(message = "公开层级不能为空") @Size(max = 64, message = "层级代码不能超过64字") String> levels,
        @Valid @Size(max = 200, message = "来源事项最多200个") List<@NotNull(message = "来源事项不能为空") CatalogueSource> sources,
        Boolean nested,
        @Size(max = 200, message = "嵌套系统名称不能超过200字") String nestedSystem) implements ItemContent {

    public CatalogueItemContent {
        basis = Lists.orEmpty(basis);
        channels = Lists.orEmpty(channels);
        audiences = Lists.orEmpty(audiences);
        modes = Lists.orEmpty(modes);
        levels = Lists.orEmpty(levels);
        sources = Lists.orEmpty(sources);
        nested = Boolean.TRUE.equals(nested);
        timeLimit = timeLimit == null ? null : timeLimit.completed();
    }

    @Override
    public ItemFacets facets() {
        return new ItemFacets(null, domainCode, null, null);
    }

    @Override
    public List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>();
        if (timeLimit != null) {
            errors.addAll(timeLimit.violations());
        }
        errors.addAll(duplicates("channels", channels, ChannelChoice::code, "公开渠道"));
        errors.addAll(duplicates("audiences", audiences, a -> a, "公开对象"));
        errors.addAll(duplicates("modes", modes, m -> m, "公开方式"));
        errors.addAll(duplicates("levels", levels, l -> l, "公开层级"));
        errors.addAll(duplicates("sources", sources, s -> s.kind() + "/" + s.itemId() + "/" + s.stepSeq(), "来源事项"));
        for (int i = 0; i < sources.size(); i++) {
            ItemKind kind = sources.get(i).kind();
            if (kind != ItemKind.POWER && kind != ItemKind.SERVICE) {
                errors.add(new FieldError("sources[" + i + "].kind", "来源事项只能是权责事项（POWER）或公共服务事项（SERVICE）"));
            }
        }
        return errors;
    }

    @Override
    public List<FieldError> publicationViolations() {
        List<FieldError> errors = new ArrayList<>();
        if (content == null || content.isBlank()) {
            errors.add(new FieldError("content", "提交审核前须填写公开内容（要素）"));
        }
        if (timeLimit == null || timeLimit.text() == null || timeLimit.text().isBlank()) {
            errors.add(new FieldError("timeLimit.text", "提交审核前须填写公开时限"));
        }
        if (audiences.isEmpty()) {
            errors.add(new FieldError("audiences", "提交审核前至少选择一个公开对象"));
        }
        if (modes.isEmpty()) {
            errors.add(new FieldError("modes", "提交审核前至少选择一种公开方式"));
        }
        if (levels.isEmpty()) {
            errors.add(new FieldError("levels", "提交审核前至少选择一个公开层级"));
        }
        return errors;
    }

    private static <T> List<FieldError> duplicates(String field, List<T> values, Function<? super T, ?> key,
            String label) {
        List<FieldError> errors = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && !seen.add(key.apply(values.get(i)))) {
                errors.add(new FieldError(field + "[" + i + "]", label + "重复"));
            }
        }
        return errors;
    }
}

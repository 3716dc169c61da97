package cn.gongkai.negativeitem;

import java.util.List;
import java.util.stream.Stream;

import cn.gongkai.negativeitem.NegativeItemContent.AppliesTo;
import cn.gongkai.negativeitem.NegativeItemContent.Part;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the negative list: the published items an org may rest a decision on. */
@Component
@Transactional(readOnly = true)
public class NegativeListApi {

    private final NegativeList lists;

    NegativeListApi(NegativeList lists) {
        this.lists = lists;
    }

    /**
     * The published items that apply to an application made to this org (依申请公开): the COMMON items of the org and
     * its ancestors and the org's own SPECIFIC items, whose {@code appliesTo} is ON_REQUEST or BOTH. Nearest issuer
     * first, then the org's SPECIFIC items.
     */
    public List<ApplicableItem> onRequest(long orgId) {
        NegativeList.Applicable applicable = lists.of(orgId);
        return Stream.concat(applicable.common().stream(), applicable.specific().stream())
                .filter(r -> r.appliesTo() != AppliesTo.PROACTIVE)
                .map(r -> new ApplicableItem(r.id(), r.code(), r.name(), r.part(), r.category(), r.orgId(),
                        r.orgName()))
                .toList();
    }

    public record ApplicableItem(long id, String code, String name, Part part, NegativeCategory category,
            long orgId, String orgName) {
    }
}

package cn.gongkai.serviceitem;

import java.util.List;

import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemKindDefinition;
import cn.gongkai.statute.CitationChecks;
import org.springframework.stereotype.Component;

/** 公共服务清单 in the item machinery; its citations are checked against the statute registry. */
@Component
class ServiceItems implements ItemKindDefinition<ServiceItemContent> {

    private final CitationChecks citations;

    ServiceItems(CitationChecks citations) {
        this.citations = citations;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.SERVICE;
    }

    @Override
    public Class<ServiceItemContent> contentType() {
        return ServiceItemContent.class;
    }

    @Override
    public List<FieldError> warnings(ServiceItemContent content) {
        return citations.warnings("legalBasis", content.legalBasis());
    }
}

package cn.gongkai.serviceitem;

import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemKindDefinition;
import org.springframework.stereotype.Component;

/** 公共服务清单 in the item machinery. */
@Component
class ServiceItems implements ItemKindDefinition<ServiceItemContent> {

    @Override
    public ItemKind kind() {
        return ItemKind.SERVICE;
    }

    @Override
    public Class<ServiceItemContent> contentType() {
        return ServiceItemContent.class;
    }
}

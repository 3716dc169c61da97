package cn.gongkai.item;

import java.util.Optional;

import cn.gongkai.org.OrgUsage;
import org.springframework.stereotype.Component;

/** An org that owns items (of any list, archived included) cannot be deleted. */
@Component
class ItemOrgUsage implements OrgUsage {

    private final ItemMapper mapper;

    ItemOrgUsage(ItemMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<String> describeUsage(long orgId) {
        long n = mapper.countByOrg(orgId);
        return n == 0 ? Optional.empty() : Optional.of(n + " 个事项");
    }
}

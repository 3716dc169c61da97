package cn.gongkai.item;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** {@code POST /{kind}/bulk/{action}}: the ids plus the action's own fields. Each id is done at its current version. */
record BulkRequest(
        @NotEmpty(message = "请至少选择一个事项") @Size(max = 500, message = "一次最多处理500个事项") List<Long> ids,
        Boolean confidentialityChecked,
        @Size(max = 1000, message = "意见不能超过1000字") String comment,
        @Size(max = 500, message = "原因不能超过500字") String changeReason) {
}

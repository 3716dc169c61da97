package cn.gongkai.catalogueitem;

import cn.gongkai.item.TimeLimit.DayUnit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** 公示期: how long published information stays displayed, e.g. 公示7个工作日. */
public record DisplayPeriod(
        @NotNull(message = "请填写公示期天数") @Positive(message = "公示期必须大于0") @Max(value = 3650, message = "公示期不能超过3650天") Integer value,
        @NotNull(message = "请选择公示期单位") DayUnit unit) {
}

package cn.gongkai.item;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A time limit such as 法定办结时限 20 工作日: {@code {value, unit, note}}. */
public record TimeLimit(
        @NotNull(message = "请填写时限天数") @PositiveOrZero(message = "时限不能为负数") @Max(value = 3650, message = "时限不能超过3650天") Integer value,
        @NotNull(message = "请选择时限单位") DayUnit unit,
        @Size(max = 200, message = "说明不能超过200字") String note) {

    public enum DayUnit {
        WORKING_DAY, NATURAL_DAY
    }
}

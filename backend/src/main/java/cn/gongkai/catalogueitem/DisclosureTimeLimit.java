package cn.gongkai.catalogueitem;

import java.util.ArrayList;
import java.util.List;

import cn.gongkai.common.ApiException.FieldError;
import cn.gongkai.item.TimeLimit.DayUnit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * 公开时限: the text as written (the authority) and the rule read from it: the event it counts from, and how many
 * working or natural days. A client may send only the text; the rule is then read from it ({@link TimeLimitText}).
 */
public record DisclosureTimeLimit(
        @Size(max = 500, message = "公开时限不能超过500字") String text,
        TimeAnchor anchor,
        @Positive(message = "时限天数必须大于0") @Max(value = 3650, message = "时限不能超过3650天") Integer value,
        DayUnit unit) {

    /** the text with its rule filled in where the client left it out */
    DisclosureTimeLimit completed() {
        if (anchor != null || value != null || unit != null) {
            return this;
        }
        return TimeLimitText.parse(text).orElse(this);
    }

    List<FieldError> violations() {
        List<FieldError> errors = new ArrayList<>();
        if (anchor != null && anchor.countless() && (value != null || unit != null)) {
            errors.add(new FieldError("timeLimit.value", "实时公开、及时公开不设天数"));
        } else if ((value == null) != (unit == null)) {
            errors.add(new FieldError(value == null ? "timeLimit.value" : "timeLimit.unit", "时限天数和单位须同时填写"));
        } else if (value != null && anchor == null) {
            errors.add(new FieldError("timeLimit.anchor", "请选择时限的起算事件"));
        }
        return errors;
    }
}

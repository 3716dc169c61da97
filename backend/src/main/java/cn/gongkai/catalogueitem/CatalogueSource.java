package cn.gongkai.catalogueitem;

import cn.gongkai.item.ItemKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A power or service item this catalogue item discloses, optionally one of its process steps ({@code stepSeq}). */
public record CatalogueSource(
        @NotNull(message = "请选择来源事项类型") ItemKind kind,
        @NotNull(message = "请选择来源事项") Long itemId,
        @Positive(message = "步骤序号必须大于0") Integer stepSeq) {
}

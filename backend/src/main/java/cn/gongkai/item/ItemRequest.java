package cn.gongkai.item;

import cn.gongkai.common.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The envelope part of a create/update body; the rest of the body is the kind's content. */
record ItemRequest(
        Long orgId,
        Integer version,
        @NotBlank(message = "请填写事项编码") @SingleLineText(message = "事项编码" + SingleLineText.MESSAGE)
        @Size(max = 64, message = "编码不能超过64个字符")
        @Pattern(regexp = "[^\\s]+(.*[^\\s])?", message = "编码首尾不能有空格") String code,
        @NotBlank(message = "请填写事项名称") @SingleLineText(message = "事项名称" + SingleLineText.MESSAGE)
        @Size(max = 300, message = "名称不能超过300字") String name,
        @Size(max = 500, message = "变更原因不能超过500字") String changeReason) {
}

package cn.gongkai.catalogueitem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A ticked 公开渠道和载体 from the channel code table: ■ required, or optional (one of several to choose from). */
public record ChannelChoice(
        @NotBlank(message = "请选择公开渠道") @Size(max = 64, message = "渠道代码不能超过64字") String code,
        Boolean required) {

    public ChannelChoice {
        required = required == null || required;
    }
}

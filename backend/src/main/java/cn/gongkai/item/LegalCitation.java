package cn.gongkai.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 依据: {@code {title, docNumber, article, version}} (docs/DOMAIN.md "Legal citations"). */
public record LegalCitation(
        @NotBlank(message = "请填写法律法规名称") @Size(max = 200, message = "名称不能超过200字") String title,
        @Size(max = 100, message = "文号不能超过100字") String docNumber,
        @Size(max = 200, message = "条款不能超过200字") String article,
        @Size(max = 50, message = "版本不能超过50字") String version) {
}

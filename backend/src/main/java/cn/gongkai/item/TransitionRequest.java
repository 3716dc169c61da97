package cn.gongkai.item;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of submit / withdraw / approve / reject / archive. */
record TransitionRequest(
        @NotNull(message = "请提供 version（乐观锁版本号）") Integer version,
        Boolean confidentialityChecked,
        @Size(max = 1000, message = "意见不能超过1000字") String comment,
        @Size(max = 500, message = "原因不能超过500字") String changeReason) {
}

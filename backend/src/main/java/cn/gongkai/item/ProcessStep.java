package cn.gongkai.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gongkai.common.ApiException.FieldError;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One step of 运行流程 / 办理流程; catalogue items link to steps by {@code seq}. */
public record ProcessStep(
        @NotNull(message = "请填写步骤序号") @Positive(message = "步骤序号必须大于0") Integer seq,
        @NotBlank(message = "请填写步骤名称") @Size(max = 100, message = "步骤名称不能超过100字") String name,
        @Size(max = 2000, message = "步骤说明不能超过2000字") String description) {

    /** step numbers must be unique within an item */
    public static List<FieldError> duplicateSequences(List<ProcessStep> steps) {
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep step = steps.get(i);
            if (step != null && step.seq() != null && !seen.add(step.seq())) {
                errors.add(new FieldError("processSteps[" + i + "].seq", "步骤序号 " + step.seq() + " 重复"));
            }
        }
        return errors;
    }
}

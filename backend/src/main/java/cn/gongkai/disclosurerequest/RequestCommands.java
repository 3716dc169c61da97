package cn.gongkai.disclosurerequest;

import java.time.LocalDate;
import java.util.List;

import cn.gongkai.disclosurerequest.Applicant.Channel;
import cn.gongkai.disclosurerequest.Applicant.Delivery;
import cn.gongkai.disclosurerequest.Applicant.Form;
import cn.gongkai.disclosurerequest.Applicant.IdType;
import cn.gongkai.disclosurerequest.Applicant.Subtype;
import cn.gongkai.disclosurerequest.Applicant.Type;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the register. */
final class RequestCommands {

    private RequestCommands() {
    }

    /**
     * An application as the applicant fills it in (条例 art 29). The console adds the channel and the receipt date;
     * online, both are fixed (网络, the day of submission).
     */
    record ApplicationForm(
            @NotNull(message = "请选择受理机关") Long orgId,
            @NotNull(message = "请选择申请人类型") Type applicantType,
            Subtype applicantSubtype,
            @NotBlank(message = "请填写申请人姓名或名称") @Size(max = 200, message = "姓名或名称不能超过200字") String name,
            @NotNull(message = "请选择身份证明类型") IdType idType,
            @NotBlank(message = "请填写证件号码") @Size(max = 64, message = "证件号码不能超过64个字符") String idNumber,
            @Size(max = 32, message = "电话不能超过32个字符") String phone,
            @Email(message = "电子邮箱格式不正确") @Size(max = 200, message = "电子邮箱不能超过200个字符") String email,
            @Size(max = 500, message = "地址不能超过500字") String address,
            @NotBlank(message = "请描述所需的政府信息") @Size(max = 5000, message = "所需信息的描述不能超过5000字") String description,
            @Size(max = 200, message = "文号或标题不能超过200字") String docNumber,
            @NotNull(message = "请选择获取信息的载体形式") Form form,
            @NotNull(message = "请选择获取信息的途径") Delivery delivery,
            Channel channel,
            LocalDate receivedOn,
            Integer version) {
    }

    /** a step of the workflow: {@code date} is the day it took effect (default today) */
    record StepRequest(Integer version, LocalDate date, @Size(max = 2000, message = "说明不能超过2000字") String comment,
            Integer days, LocalDate applicantDeadline, String kind) {
    }

    record AnswerRequest(Integer version, Outcome outcome,
            @Size(max = 20000, message = "答复内容不能超过20000字") String text, List<Long> negativeItemIds,
            @Size(max = 200, message = "依据条款不能超过200字") String article) {
    }

    record PersonalDataRequest(String reason) {
    }

    record OpinionRequest(String opinion, @Size(max = 2000, message = "意见不能超过2000字") String comment) {
    }
}

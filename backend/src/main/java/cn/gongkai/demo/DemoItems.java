package cn.gongkai.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.item.ItemApi;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemView;
import cn.gongkai.org.OrgRef;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.Role;
import cn.gongkai.security.ScopeMode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 权责清单 and 公共服务清单 of the demo county, run through the real lifecycle by the demo users: most published,
 * some waiting for review, one rejected, one published item with a pending revision, a few drafts.
 */
@Component
class DemoItems {

    private final ItemApi items;
    private final DemoLifecycle lifecycle;
    private final JsonMapper json;

    DemoItems(ItemApi items, DemoLifecycle lifecycle, JsonMapper json) {
        this.items = items;
        this.lifecycle = lifecycle;
        this.json = json;
    }

    /** {@code users}: username → the demo user as a logged-in principal */
    void load(Map<String, OrgRef> org, Map<String, CurrentUser> users) {
        CurrentUser edRsj = users.get("editor_rsj");
        CurrentUser rvRsj = users.get("reviewer_rsj");
        CurrentUser edMzj = users.get("editor_mzj");
        CurrentUser rvMzj = users.get("reviewer_mzj");
        CurrentUser edZrzy = users.get("editor_zrzy");
        CurrentUser edQsz = users.get("editor_qsz");
        CurrentUser rvCounty = users.get("reviewer_county");
        long rsj = org.get("YX-RSJ").id();
        long mzj = org.get("YX-MZJ").id();

        // 县人社局
        ItemView licence = publish(ItemKind.POWER, power(rsj, "RSJ-XK-001", "人力资源服务许可", "LICENSING",
                citations("《人力资源市场暂行条例》|第十八条", "《人力资源服务机构管理规定》|第五条"),
                20, 10, "人力资源市场股"), edRsj, rvRsj);
        Map<String, Object> sub = power(rsj, "RSJ-XK-001-01", "人力资源服务许可（变更名称、住所、法定代表人）", "LICENSING",
                citations("《人力资源服务机构管理规定》|第十条"), 20, 5, "人力资源市场股");
        sub.put("parentId", licence.id());
        publish(ItemKind.POWER, sub, edRsj, rvRsj);
        ItemView penalty = publish(ItemKind.POWER, power(rsj, "RSJ-CF-001", "对用人单位违反劳动保障法律法规行为的行政处罚",
                "PENALTY", citations("《劳动保障监察条例》|第二十三条", "《中华人民共和国劳动法》|第九十条"), 90, 60,
                "劳动保障监察大队"), edRsj, rvRsj);
        Map<String, Object> revised = power(rsj, "RSJ-CF-001", "对用人单位违反劳动保障法律法规行为的行政处罚",
                "PENALTY", citations("《劳动保障监察条例》|第二十三条", "《中华人民共和国劳动法》|第九十条",
                        "《保障农民工工资支付条例》|第五十四条"), 90, 45, "劳动保障监察大队");
        revised.put("version", penalty.version());
        revised.put("changeReason", "增加《保障农民工工资支付条例》依据，承诺时限压缩至45个工作日");
        ItemView draftRevision = items.update(ItemKind.POWER, penalty.id(), json.valueToTree(revised), edRsj);
        items.submit(ItemKind.POWER, draftRevision.id(), draftRevision.version(), edRsj);
        submit(ItemKind.POWER, power(rsj, "RSJ-JC-001", "劳动保障监察检查", "INSPECTION",
                citations("《劳动保障监察条例》|第十五条"), 0, 0, "劳动保障监察大队"), edRsj);
        ItemView injury = submit(ItemKind.POWER, power(rsj, "RSJ-QR-001", "工伤认定", "CONFIRMATION",
                citations("《工伤保险条例》|第十七条"), 60, 30, "工伤保险股"), edRsj);
        items.reject(ItemKind.POWER, injury.id(), injury.version(), "法定时限应为受理之日起60日（自然日），请核对单位后重新提交",
                rvRsj);
        create(ItemKind.POWER, power(rsj, "RSJ-GF-001", "失业保险金给付", "PAYMENT",
                citations("《失业保险条例》|第十四条"), 10, 5, "失业保险股"), edRsj);
        publish(ItemKind.SERVICE, service(rsj, "RSJ-FW-001", "就业登记", List.of("NATURAL_PERSON"),
                citations("《就业服务与就业管理规定》|第六十一条"), List.of("居民身份证", "劳动合同或就业证明"), 0,
                "县政务服务中心人社窗口"), edRsj, rvRsj);
        publish(ItemKind.SERVICE, service(rsj, "RSJ-FW-002", "社会保障卡申领", List.of("NATURAL_PERSON"),
                citations("《社会保障卡管理办法》|第十二条"), List.of("居民身份证", "近期免冠照片"), 5,
                "县政务服务中心人社窗口"), edRsj, rvRsj);
        submit(ItemKind.SERVICE, service(rsj, "RSJ-FW-003", "职业技能等级认定咨询", List.of("NATURAL_PERSON", "ENTERPRISE"),
                citations("《职业技能等级认定工作规程》|第三条"), List.of(), 0, "县职业技能鉴定所"), edRsj);

        // 县民政局
        publish(ItemKind.POWER, power(mzj, "MZJ-XK-001", "社会团体成立、变更、注销登记", "LICENSING",
                citations("《社会团体登记管理条例》|第三条"), 60, 20, "社会组织管理股"), edMzj, rvMzj);
        publish(ItemKind.POWER, power(mzj, "MZJ-GF-001", "最低生活保障金给付", "PAYMENT",
                citations("《社会救助暂行办法》|第九条", "《最低生活保障审核确认办法》|第二十二条"), 30, 20, "社会救助股"),
                edMzj, rvMzj);
        create(ItemKind.POWER, power(mzj, "MZJ-CF-001", "对社会组织违法行为的行政处罚", "PENALTY",
                citations("《社会团体登记管理条例》|第三十条"), 90, 60, "社会组织管理股"), edMzj);
        publish(ItemKind.SERVICE, service(mzj, "MZJ-FW-001", "婚姻登记", List.of("NATURAL_PERSON"),
                citations("《婚姻登记条例》|第四条"), List.of("本人的户口簿", "本人的居民身份证", "本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明"),
                0, "县婚姻登记处"), edMzj, rvMzj);
        publish(ItemKind.SERVICE, service(mzj, "MZJ-FW-002", "临时救助申请", List.of("NATURAL_PERSON"),
                citations("《社会救助暂行办法》|第四十八条"), List.of("居民身份证", "临时救助申请书", "家庭经济状况核对授权书"), 10,
                "户籍所在地乡镇人民政府（街道办事处）"), edMzj, rvMzj);
        submit(ItemKind.SERVICE, service(mzj, "MZJ-FW-003", "高龄津贴申请", List.of("NATURAL_PERSON"),
                citations("《中华人民共和国老年人权益保障法》|第三十三条"), List.of("居民身份证", "户口簿"), 20, "县民政局养老服务股"),
                edMzj);

        // 县自然资源局、县住建局 (one editor holds both), reviewed by the county reviewer
        publish(ItemKind.POWER, power(org.get("YX-ZRZYJ").id(), "ZRZY-XK-001", "建设用地规划许可", "LICENSING",
                citations("《中华人民共和国城乡规划法》|第三十七条"), 20, 10, "国土空间规划股"), edZrzy, rvCounty);
        publish(ItemKind.POWER, power(org.get("YX-ZJJ").id(), "ZJJ-XK-001", "建筑工程施工许可", "LICENSING",
                citations("《中华人民共和国建筑法》|第七条", "《建筑工程施工许可管理办法》|第二条"), 15, 7, "行政审批股"),
                edZrzy, rvCounty);

        // 青石镇
        publish(ItemKind.SERVICE, service(org.get("YX-QSZ").id(), "QSZ-FW-001", "特困人员救助供养申请受理",
                List.of("NATURAL_PERSON"), citations("《社会救助暂行办法》|第十五条"), List.of("居民身份证", "户口簿", "申请书"), 20,
                "青石镇便民服务中心"), edQsz, rvCounty);
    }

    static Map<String, CurrentUser> principals(Map<String, Long> ids, Map<String, OrgRef> org) {
        Map<String, CurrentUser> users = new LinkedHashMap<>();
        ids.forEach((username, id) -> {
            DemoCounty.DemoUser u = DemoCounty.USERS.get(username);
            users.put(username, new CurrentUser(id, username, u.displayName(), org.get(u.orgCode()).id(),
                    u.extraOrgCodes().stream().map(c -> org.get(c).id()).toList(), Set.of(u.role()), u.scope(), false));
        });
        return users;
    }

    private ItemView publish(ItemKind kind, Map<String, Object> body, CurrentUser editor, CurrentUser reviewer) {
        return lifecycle.publish(kind, body, editor, reviewer);
    }

    private ItemView submit(ItemKind kind, Map<String, Object> body, CurrentUser editor) {
        return lifecycle.submit(kind, body, editor);
    }

    private ItemView create(ItemKind kind, Map<String, Object> body, CurrentUser editor) {
        return lifecycle.create(kind, body, editor);
    }

    static List<Map<String, Object>> citations(String... titleAndArticle) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String s : titleAndArticle) {
            String[] parts = s.split("\\|");
            out.add(Map.of("title", parts[0], "article", parts[1]));
        }
        return out;
    }

    private static Map<String, Object> power(long orgId, String code, String name, String category,
            List<Map<String, Object>> basis, int statutoryDays, int promisedDays, String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", orgId);
        body.put("code", code);
        body.put("name", name);
        body.put("category", category);
        body.put("legalBasis", basis);
        body.put("handlingUnit", unit);
        body.put("responsibilities", List.of("受理责任：公示依法应当提交的材料，一次性告知补正材料，依法受理或不予受理",
                "审查责任：对申请材料进行审查，提出处理意见", "决定责任：作出决定，法定告知，不予许可的说明理由",
                "送达责任：制作并送达文书，信息公开", "事后监管责任：加强监督检查"));
        body.put("accountability", "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任："
                + "对符合法定条件的申请不予受理的；对不符合法定条件的申请人准予许可的；擅自增设条件的；其他违反法律法规规章规定的行为。");
        body.put("supervision", "云溪县纪委监委派驻纪检监察组，电话 0000-6120000");
        body.put("consultation", "0000-6121234");
        if (statutoryDays > 0) {
            body.put("statutoryLimit", Map.of("value", statutoryDays, "unit", "WORKING_DAY"));
            body.put("promisedLimit", Map.of("value", promisedDays, "unit", "WORKING_DAY"));
        }
        body.put("fee", Map.of("charged", false));
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "受理", "description", "申请人提交材料，窗口当场受理或一次性告知补正"),
                Map.of("seq", 2, "name", "审查", "description", "对材料进行审查，必要时实地核查"),
                Map.of("seq", 3, "name", "决定", "description", "作出准予或不予的书面决定"),
                Map.of("seq", 4, "name", "送达", "description", "送达决定文书并公开结果")));
        body.put("integrityRisks", "违规受理、超时办理、索取或收受财物");
        return body;
    }

    private static Map<String, Object> service(long orgId, String code, String name, List<String> objects,
            List<Map<String, Object>> basis, List<String> materials, int days, String where) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", orgId);
        body.put("code", code);
        body.put("name", name);
        body.put("serviceObjects", objects);
        body.put("legalBasis", basis);
        body.put("acceptingUnit", where);
        body.put("processSteps", List.of(Map.of("seq", 1, "name", "申请"), Map.of("seq", 2, "name", "受理审核"),
                Map.of("seq", 3, "name", "办结")));
        body.put("materials", materials.stream().map(m -> Map.<String, Object>of("name", m, "required", true,
                "originals", 1, "copies", 1)).toList());
        body.put("fee", Map.of("charged", false));
        body.put("timeLimit", days == 0 ? Map.of("value", 0, "unit", "WORKING_DAY", "note", "即办")
                : Map.of("value", days, "unit", "WORKING_DAY"));
        body.put("consultation", "0000-6125678");
        body.put("complaint", "12345政务服务便民热线");
        body.put("location", "云溪县政务服务中心（云溪大道88号）");
        body.put("hours", "工作日 上午9:00-12:00，下午13:30-17:00");
        body.put("handlingForms", List.of("WINDOW", "ONLINE_PC"));
        return body;
    }
}

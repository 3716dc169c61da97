package cn.gongkai.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.catalogueitem.CatalogueApi;
import cn.gongkai.item.ItemKind;
import cn.gongkai.org.OrgRef;
import cn.gongkai.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The demo county's 政务公开事项目录 and 负面清单: standard-catalogue entries in several domains linked to the power
 * and service items (some of those left uncovered on purpose, for the supervision view), a domain declared not
 * applicable, COMMON negative items issued by the county government and SPECIFIC ones in departments — one of them
 * citing the 2008 text of 条例 art 14 on 商业秘密/个人隐私, which the statute registry flags (now art 15).
 */
@Component
class DemoDisclosure {

    private final DemoLifecycle lifecycle;
    private final CatalogueApi catalogue;

    DemoDisclosure(DemoLifecycle lifecycle, CatalogueApi catalogue) {
        this.lifecycle = lifecycle;
        this.catalogue = catalogue;
    }

    void load(Map<String, OrgRef> org, Map<String, CurrentUser> users) {
        CurrentUser edMzj = users.get("editor_mzj");
        CurrentUser rvMzj = users.get("reviewer_mzj");
        CurrentUser edRsj = users.get("editor_rsj");
        CurrentUser rvRsj = users.get("reviewer_rsj");
        CurrentUser edZrzy = users.get("editor_zrzy");
        CurrentUser edCounty = users.get("editor_county");
        CurrentUser rvCounty = users.get("reviewer_county");
        long mzj = org.get("YX-MZJ").id();
        long rsj = org.get("YX-RSJ").id();
        long zrzy = org.get("YX-ZRZYJ").id();
        long county = org.get("YX-GOV").id();

        // 县民政局: 社会救助 and 养老服务; 社会团体登记 and 婚姻登记 stay uncovered
        publish(ItemKind.CATALOGUE, entry(mzj, "MZJ-ML-001", "最低生活保障审核信息", "SOCIAL_ASSISTANCE", "最低生活保障",
                "审核信息", "初审对象名单及相关信息（姓名、家庭人口、拟保障金额），隐去身份证号等个人敏感信息",
                DemoItems.citations("《社会救助暂行办法》|第十一条", "《最低生活保障审核确认办法》|第十八条"),
                "制定或获取信息之日起10个工作日内，公示7个工作日", List.of("NOTICE_BOARD", "GOV_WEBSITE"),
                List.of("SPECIFIC", "PUBLIC"), List.of("COUNTY", "TOWNSHIP"),
                List.of(source("POWER", lifecycle.id(ItemKind.POWER, "MZJ-GF-001"), 2))), edMzj, rvMzj);
        publish(ItemKind.CATALOGUE, entry(mzj, "MZJ-ML-002", "最低生活保障给付结果", "SOCIAL_ASSISTANCE", "最低生活保障",
                "给付结果", "保障对象名单、保障金额、备案日期", DemoItems.citations("《社会救助暂行办法》|第十二条"),
                "信息形成或者变更之日起20个工作日内", List.of("GOV_WEBSITE"), List.of("PUBLIC"), List.of("COUNTY"),
                List.of(source("POWER", lifecycle.id(ItemKind.POWER, "MZJ-GF-001"), 3), source("POWER", lifecycle.id(ItemKind.POWER, "MZJ-GF-001"), 4))),
                edMzj, rvMzj);
        publish(ItemKind.CATALOGUE, entry(mzj, "MZJ-ML-003", "临时救助办事指南", "SOCIAL_ASSISTANCE", "临时救助",
                "办事指南", "救助对象、申请条件、所需材料、办理流程、办理时限、咨询电话", DemoItems.citations(
                        "《社会救助暂行办法》|第四十七条"), "实时公开", List.of("GOV_WEBSITE", "SERVICE_CENTER", "SERVICE_STATION"),
                List.of("PUBLIC"), List.of("COUNTY", "TOWNSHIP"), List.of(source("SERVICE", lifecycle.id(ItemKind.SERVICE, "MZJ-FW-002"), null))),
                edMzj, rvMzj);
        submit(ItemKind.CATALOGUE, entry(mzj, "MZJ-ML-004", "高龄津贴发放对象", "ELDERLY_CARE", "老年人福利", "高龄津贴",
                "享受高龄津贴人员名单、发放标准", List.of(), "信息形成之日起20个工作日内", List.of("NOTICE_BOARD"),
                List.of("SPECIFIC"), List.of("TOWNSHIP"), List.of(source("SERVICE", lifecycle.id(ItemKind.SERVICE, "MZJ-FW-003"), 3))), edMzj);
        catalogue.declareNotApplicable(mzj, "HOUSING_EXPROPRIATION", "本局不承担国有土地上房屋征收与补偿职责，由县住建局负责", edMzj);

        // 县人社局: 就业 and 社会保险; one entry still a draft
        publish(ItemKind.CATALOGUE, entry(rsj, "RSJ-ML-001", "就业登记办事指南", "EMPLOYMENT", "就业服务", "就业登记",
                "办理条件、所需材料、办理流程、办理时限、办理地点和咨询电话", DemoItems.citations(
                        "《就业服务与就业管理规定》|第六十一条"), "实时公开", List.of("GOV_WEBSITE", "SERVICE_CENTER"),
                List.of("PUBLIC"), List.of("COUNTY"), List.of(source("SERVICE", lifecycle.id(ItemKind.SERVICE, "RSJ-FW-001"), null))),
                edRsj, rvRsj);
        publish(ItemKind.CATALOGUE, entry(rsj, "RSJ-ML-002", "人力资源服务许可结果", "EMPLOYMENT", "人力资源市场",
                "许可结果", "许可机构名称、许可证编号、许可事项、有效期", DemoItems.citations("《人力资源市场暂行条例》|第十八条"),
                "自作出行政决定之日起7个工作日内", List.of("GOV_WEBSITE"), List.of("PUBLIC"), List.of("COUNTY"),
                List.of(source("POWER", lifecycle.id(ItemKind.POWER, "RSJ-XK-001"), 3))), edRsj, rvRsj);
        lifecycle.create(ItemKind.CATALOGUE, entry(rsj, "RSJ-ML-003", "社会保障卡申领指南",
                "SOCIAL_INSURANCE", "社会保障卡", "申领指南", "申领条件、所需材料、办理渠道", List.of(), "实时公开",
                List.of("GOV_WEBSITE"), List.of("PUBLIC"), List.of("COUNTY"),
                List.of(source("SERVICE", lifecycle.id(ItemKind.SERVICE, "RSJ-FW-002"), null))), edRsj);

        // 县自然资源局
        publish(ItemKind.CATALOGUE, entry(zrzy, "ZRZY-ML-001", "建设用地规划许可结果", "URBAN_RURAL_PLANNING", "规划许可",
                "建设用地规划许可", "项目名称、用地单位、用地位置、用地面积、批准文号", DemoItems.citations(
                        "《中华人民共和国城乡规划法》|第八条"), "信息形成之日起20个工作日内", List.of("GOV_WEBSITE", "READING_POINT"),
                List.of("PUBLIC"), List.of("COUNTY"), List.of(source("POWER", lifecycle.id(ItemKind.POWER, "ZRZY-XK-001"), 3))),
                edZrzy, rvCounty);

        // 负面清单: COMMON at the county, inherited by every department and township
        publish(ItemKind.NEGATIVE, negative(county, "GOV-FM-001", "依法确定为国家秘密的政府信息", "COMMON", "STATE_SECRET",
                "各单位依法定密的文件、资料及其他载体", DemoItems.citations("《中华人民共和国政府信息公开条例》|第十四条",
                        "《中华人民共和国保守国家秘密法》|第二条")), edCounty, rvCounty);
        publish(ItemKind.NEGATIVE, negative(county, "GOV-FM-002", "涉及商业秘密、个人隐私的政府信息", "COMMON",
                "THIRD_PARTY_RIGHTS", "公开后可能损害第三方合法权益的商业秘密、个人隐私；第三方同意公开或不公开将对公共利益造成重大影响的除外",
                DemoItems.citations("《中华人民共和国政府信息公开条例》|第十五条", "《中华人民共和国个人信息保护法》|第二十五条")),
                edCounty, rvCounty);
        publish(ItemKind.NEGATIVE, negative(county, "GOV-FM-003", "内部事务信息", "COMMON", "INTERNAL_AFFAIRS",
                "人事管理、后勤管理、内部工作流程等方面的信息",
                DemoItems.citations("《中华人民共和国政府信息公开条例》|第十六条第一款")), edCounty, rvCounty);
        publish(ItemKind.NEGATIVE, negative(county, "GOV-FM-004", "过程性信息", "COMMON", "PROCESS_INFO",
                "讨论记录、过程稿、磋商信函、请示报告等", DemoItems.citations("《中华人民共和国政府信息公开条例》|第十六条第二款")),
                edCounty, rvCounty);
        // SPECIFIC in departments
        publish(ItemKind.NEGATIVE, negative(rsj, "RSJ-FM-001", "劳动保障监察案件案卷", "SPECIFIC", "ENFORCEMENT_FILE",
                "劳动保障监察案件调查询问笔录、证据材料等案卷信息",
                DemoItems.citations("《中华人民共和国政府信息公开条例》|第十六条第二款")), edRsj, rvRsj);
        Map<String, Object> outdated = negative(mzj, "MZJ-FM-001", "低保对象家庭经济状况核对信息", "SPECIFIC",
                "THIRD_PARTY_RIGHTS", "申请人及其家庭成员的收入、财产、银行存款等核对信息", new ArrayList<>(List.of(
                        Map.of("title", "《中华人民共和国政府信息公开条例》", "article", "第十四条（商业秘密、个人隐私）",
                                "version", "2008"))));
        publish(ItemKind.NEGATIVE, outdated, edMzj, rvMzj);
        submit(ItemKind.NEGATIVE, negative(zrzy, "ZRZY-FM-001", "涉密测绘成果", "SPECIFIC", "STATE_SECRET",
                "属于国家秘密的基础测绘成果和地理信息数据", DemoItems.citations("《中华人民共和国政府信息公开条例》|第十四条",
                        "《中华人民共和国保守国家秘密法》|第二条")), edZrzy);
    }

    private void publish(ItemKind kind, Map<String, Object> body, CurrentUser editor, CurrentUser reviewer) {
        lifecycle.publish(kind, body, editor, reviewer);
    }

    private void submit(ItemKind kind, Map<String, Object> body, CurrentUser editor) {
        lifecycle.submit(kind, body, editor);
    }

    private static Map<String, Object> source(String kind, long itemId, Integer step) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", kind);
        s.put("itemId", itemId);
        s.put("stepSeq", step);
        return s;
    }

    private static Map<String, Object> entry(long orgId, String code, String name, String domain, String level1,
            String level2, String content, List<Map<String, Object>> basis, String timeLimit, List<String> channels,
            List<String> audiences, List<String> levels, List<Map<String, Object>> sources) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", orgId);
        body.put("code", code);
        body.put("name", name);
        body.put("domainCode", domain);
        body.put("level1", level1);
        body.put("level2", level2);
        body.put("content", content);
        body.put("basis", basis);
        body.put("timeLimit", Map.of("text", timeLimit));
        if (timeLimit.contains("公示")) {
            body.put("displayPeriod", Map.of("value", 7, "unit", "WORKING_DAY"));
        }
        List<Map<String, Object>> ticked = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            ticked.add(Map.of("code", channels.get(i), "required", i == 0));
        }
        body.put("channels", ticked);
        body.put("audiences", audiences);
        body.put("modes", List.of("PROACTIVE"));
        body.put("levels", levels);
        body.put("sources", sources);
        body.put("nested", domain.equals("SOCIAL_ASSISTANCE"));
        if (domain.equals("SOCIAL_ASSISTANCE")) {
            body.put("nestedSystem", "民政一体化政务服务平台");
        }
        return body;
    }

    private static Map<String, Object> negative(long orgId, String code, String name, String part, String category,
            String description, List<Map<String, Object>> basis) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", orgId);
        body.put("code", code);
        body.put("name", name);
        body.put("part", part);
        body.put("category", category);
        body.put("description", description);
        body.put("legalBasis", basis);
        body.put("appliesTo", "BOTH");
        body.put("reviewIntervalMonths", 12);
        return body;
    }
}

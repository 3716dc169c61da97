package cn.gongkai.itemexcel;

import static cn.gongkai.itemexcel.CellSyntax.INTEGER;
import static cn.gongkai.itemexcel.CellSyntax.LINES;
import static cn.gongkai.itemexcel.CellSyntax.TEXT;
import static cn.gongkai.itemexcel.CellSyntax.YES_NO;
import static cn.gongkai.itemexcel.CellSyntax.choice;
import static cn.gongkai.itemexcel.CellSyntax.labels;
import static cn.gongkai.itemexcel.CellSyntax.list;
import static cn.gongkai.itemexcel.CellSyntax.record;
import static cn.gongkai.itemexcel.CellSyntax.set;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gongkai.codetable.CodeEntry;
import cn.gongkai.codetable.CodeTable;
import cn.gongkai.codetable.CodeTables;
import cn.gongkai.item.ItemKind;
import cn.gongkai.negativeitem.NegativeCategory;
import cn.gongkai.poweritem.PowerCategory;
import cn.gongkai.serviceitem.HandlingForm;
import cn.gongkai.serviceitem.ServiceObject;
import org.springframework.stereotype.Component;

/**
 * The columns of each list's sheet, derived from the list's fields (docs/DOMAIN.md). Code-table columns read the code
 * tables afresh for every workbook, so a renamed domain shows its new name.
 */
@Component
class ItemColumns {

    static final CellSyntax.Choice DAY_UNIT = choice(labels("WORKING_DAY", "工作日", "NATURAL_DAY", "自然日"), false);
    static final CellSyntax.Parts CITATION = record(new CellSyntax.Part("title", "法规名称", TEXT),
            new CellSyntax.Part("docNumber", "文号", TEXT), new CellSyntax.Part("article", "条款", TEXT),
            new CellSyntax.Part("version", "版本", TEXT));
    static final CellSyntax.Parts STEP = record(new CellSyntax.Part("seq", "序号", INTEGER),
            new CellSyntax.Part("name", "步骤名称", TEXT), new CellSyntax.Part("description", "说明", TEXT));
    static final CellSyntax.Parts TIME_LIMIT = record(new CellSyntax.Part("value", "天数", INTEGER),
            new CellSyntax.Part("unit", "单位（工作日/自然日）", DAY_UNIT), new CellSyntax.Part("note", "说明", TEXT));

    private final CodeTables codes;

    ItemColumns(CodeTables codes) {
        this.codes = codes;
    }

    List<Column> of(ItemKind kind) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.required("编码", "code", TEXT, "示例-001"));
        columns.add(Column.required(kind == ItemKind.NEGATIVE ? "信息事项类别" : "名称", "name", TEXT,
                example(kind)));
        switch (kind) {
            case POWER -> power(columns);
            case SERVICE -> service(columns);
            case CATALOGUE -> catalogue(columns);
            case NEGATIVE -> negative(columns);
        }
        return columns;
    }

    private static String example(ItemKind kind) {
        return switch (kind) {
            case POWER -> "建设工程规划许可";
            case SERVICE -> "城乡居民基本养老保险参保登记";
            case CATALOGUE -> "建设工程规划许可信息";
            case NEGATIVE -> "涉及国家秘密的文件资料";
        };
    }

    private static void power(List<Column> c) {
        c.add(Column.required("权力类型", "category", enumChoice(PowerCategory.values(), PowerCategory::displayName),
                "行政许可"));
        c.add(Column.of("主项编码", "parentId", TEXT, "").referencing(Column.Reference.PARENT));
        c.add(Column.of("设定依据", "legalBasis", list(CITATION),
                "《中华人民共和国城乡规划法》|主席令第七十四号|第四十条|2019"));
        c.add(Column.of("承办机构", "handlingUnit", TEXT, "规划股"));
        c.add(Column.of("共同实施部门", "coImplementingOrgs", TEXT, ""));
        c.add(Column.of("责任事项", "responsibilities", LINES, "受理阶段责任：公示应当提交的材料\n审查阶段责任：审查申请材料"));
        c.add(Column.of("追责情形", "accountability", TEXT, "不依法履行职责的，依法追究责任"));
        c.add(Column.of("监督方式", "supervision", TEXT, "监督电话：0000-12345"));
        c.add(Column.of("咨询电话", "consultation", TEXT, "0000-12345"));
        c.add(Column.of("法定办结时限", "statutoryLimit", TIME_LIMIT, "20|工作日"));
        c.add(Column.of("承诺办结时限", "promisedLimit", TIME_LIMIT, "10|工作日|自受理之日起"));
        c.add(Column.of("是否收费", "fee.charged", YES_NO, "否"));
        c.add(Column.of("收费依据", "fee.basis", TEXT, ""));
        c.add(Column.of("运行流程", "processSteps", list(STEP), "1|受理|窗口或网上受理\n2|审查\n3|决定"));
        c.add(Column.of("廉政风险点", "integrityRisks", TEXT, ""));
        c.add(Column.of("有效期起", "validFrom", CellSyntax.DATE, "2025-01-01"));
        c.add(Column.of("有效期止", "validTo", CellSyntax.DATE, ""));
    }

    private static void service(List<Column> c) {
        c.add(Column.of("服务对象", "serviceObjects",
                set(enumChoice(ServiceObject.values(), ServiceObject::displayName)), "自然人"));
        c.add(Column.of("依据", "legalBasis", list(CITATION), "《社会保险法》||第二十条"));
        c.add(Column.of("受理单位", "acceptingUnit", TEXT, "县社会保险事业中心"));
        c.add(Column.of("办理流程", "processSteps", list(STEP), "1|申请\n2|受理|窗口受理\n3|办结"));
        c.add(Column.of("申请材料", "materials", list(record(new CellSyntax.Part("name", "材料名称", TEXT),
                new CellSyntax.Part("required", "是否必需（是/否）", YES_NO),
                new CellSyntax.Part("originals", "原件份数", INTEGER), new CellSyntax.Part("copies", "复印件份数", INTEGER),
                new CellSyntax.Part("note", "备注", TEXT))), "居民身份证|是|1|1\n户口簿|否|0|1|本人页"));
        c.add(Column.of("示范文本", "sampleText", TEXT, ""));
        c.add(Column.of("是否收费", "fee.charged", YES_NO, "否"));
        c.add(Column.of("收费依据", "fee.basis", TEXT, ""));
        c.add(Column.of("收费标准", "fee.standard", TEXT, ""));
        c.add(Column.of("办理时限", "timeLimit", TIME_LIMIT, "5|工作日"));
        c.add(Column.of("咨询方式", "consultation", TEXT, "0000-12345"));
        c.add(Column.of("监督投诉方式", "complaint", TEXT, "12345"));
        c.add(Column.of("办理地点", "location", TEXT, "县政务服务中心"));
        c.add(Column.of("办理时间", "hours", TEXT, "工作日 9:00-17:00"));
        c.add(Column.of("办理形式", "handlingForms",
                set(enumChoice(HandlingForm.values(), HandlingForm::displayName)), "窗口办理、网上办理"));
    }

    private void catalogue(List<Column> c) {
        c.add(Column.required("领域", "domainCode", codeTable(CodeTable.DOMAINS), "城乡规划"));
        c.add(Column.required("一级事项", "level1", TEXT, "规划许可"));
        c.add(Column.of("二级事项", "level2", TEXT, "建设工程规划许可"));
        c.add(Column.of("三级事项", "level3", TEXT, ""));
        c.add(Column.of("公开内容（要素）", "content", TEXT, "许可结果：项目名称、建设单位、建设位置"));
        c.add(Column.of("公开依据", "basis", list(CITATION), "《中华人民共和国政府信息公开条例》|国务院令第711号|第二十条"));
        c.add(Column.of("公开时限", "timeLimit.text", TEXT, "信息形成或变更之日起20个工作日内"));
        c.add(Column.of("时限起算", "timeLimit.anchor", choice(labels("FORMED_OR_CHANGED", "信息形成或变更之日起",
                "OBTAINED", "制作或获取信息之日起", "DECIDED", "作出行政决定之日起", "RESULT_FIXED", "结果确定后",
                "DOCUMENT_PUBLISHED", "文件公开后", "REAL_TIME", "实时公开", "PROMPT", "及时公开"), false),
                "信息形成或变更之日起"));
        c.add(Column.of("时限天数", "timeLimit.value", INTEGER, "20"));
        c.add(Column.of("时限单位", "timeLimit.unit", DAY_UNIT, "工作日"));
        c.add(Column.of("公示期", "displayPeriod", record(new CellSyntax.Part("value", "天数", INTEGER),
                new CellSyntax.Part("unit", "单位（工作日/自然日）", DAY_UNIT)), "7|工作日"));
        c.add(Column.of("公开主体机构编码", "subjectOrgId", TEXT, "").referencing(Column.Reference.ORG));
        c.add(Column.of("公开主体说明", "subjectNote", TEXT, ""));
        CellSyntax.Choice channel = codeTable(CodeTable.CHANNELS);
        c.add(Column.of("公开渠道", "channels", list(record(new CellSyntax.Part("code", "渠道", channel),
                new CellSyntax.Part("required", "必选/可选（不填为必选）",
                        choice(labels("true", "必选", "false", "可选"), true)))), "政府网站\n政务服务中心|可选"));
        c.add(Column.of("其他渠道", "otherChannels", TEXT, ""));
        c.add(Column.of("公开对象", "audiences", set(choice(labels("PUBLIC", "全社会", "SPECIFIC", "特定群体"), false)),
                "全社会"));
        c.add(Column.of("公开方式", "modes", set(choice(labels("PROACTIVE", "主动公开", "ON_REQUEST", "依申请公开"),
                false)), "主动公开"));
        c.add(Column.of("公开层级", "levels", set(codeTable(CodeTable.LEVELS)), "县级"));
        c.add(Column.of("来源事项", "sources", list(record(new CellSyntax.Part("kind", "类型（权责/公共服务）",
                choice(labels("POWER", "权责", "SERVICE", "公共服务"), false)),
                new CellSyntax.Part("itemCode", "事项编码", TEXT), new CellSyntax.Part("stepSeq", "步骤序号", INTEGER),
                new CellSyntax.Part("orgCode", "机构编码（他机构的事项才填）", TEXT))), "")
                .referencing(Column.Reference.SOURCES));
        c.add(Column.of("是否嵌套", "nested", YES_NO, "否"));
        c.add(Column.of("嵌套系统", "nestedSystem", TEXT, ""));
    }

    private static void negative(List<Column> c) {
        c.add(Column.required("共性/特性", "part", choice(labels("COMMON", "共性", "SPECIFIC", "特性"), false), "特性"));
        c.add(Column.required("不予公开情形", "category",
                enumChoice(NegativeCategory.values(), NegativeCategory::displayName), "属于国家秘密"));
        c.add(Column.of("信息事项内容", "description", TEXT, "依法确定为国家秘密的文件、资料"));
        c.add(Column.of("依据", "legalBasis", list(CITATION), "《中华人民共和国政府信息公开条例》||第十四条\n《中华人民共和国保守国家秘密法》||第二条"));
        c.add(Column.of("适用", "appliesTo", choice(labels("PROACTIVE", "主动公开", "ON_REQUEST", "依申请公开",
                "BOTH", "主动公开和依申请公开"), false), "主动公开和依申请公开"));
        c.add(Column.of("审查周期（月）", "reviewIntervalMonths", INTEGER, "12"));
    }

    private CellSyntax.Choice codeTable(CodeTable table) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (CodeEntry e : codes.entries(table)) {
            labels.put(e.code(), e.name());
        }
        return choice(labels, false);
    }

    private static <E extends Enum<E>> CellSyntax.Choice enumChoice(E[] values, Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (E e : values) {
            labels.put(e.name(), label.apply(e));
        }
        return choice(labels, false);
    }
}

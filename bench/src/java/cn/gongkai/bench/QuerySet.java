package cn.gongkai.bench;

import java.util.List;

/**
 * The 30 representative public queries: whole titles, partial phrases, two-word queries, and the same words
 * narrowed by kind, domain or org. Words come from {@link Vocabulary}, so every query has hits in generated data.
 * {@code phrase} is what a substring (LIKE) search looks for; recall compares every method with it. q31–q42 are
 * multi-term and synonym queries: their truth is every term (or one of its synonyms) as a normalised substring.
 */
final class QuerySet {

    private QuerySet() {
    }

    /** one query: text, optional filters ({@code orgLevel} 4 = filter to the first county's subtree) */
    record Query(String id, String text, String kind, String domainCode, boolean countyFilter) {
        Query(String id, String text) {
            this(id, text, null, null, false);
        }
    }

    static final List<Query> QUERIES = List.of(
            new Query("q01", "食品经营许可"),
            new Query("q02", "最低生活保障"),
            new Query("q03", "建设工程规划许可"),
            new Query("q04", "失业保险金申领"),
            new Query("q05", "危险化学品经营"),
            new Query("q06", "经营许可"),
            new Query("q07", "行政处罚"),
            new Query("q08", "监督检查"),
            new Query("q09", "查封、扣押"),
            new Query("q10", "办事指南"),
            new Query("q11", "违法建设"),
            new Query("q12", "拖欠农民工工资"),
            new Query("q13", "临时救助"),
            new Query("q14", "排污许可"),
            new Query("q15", "义务教育入学"),
            new Query("q16", "医疗机构执业"),
            new Query("q17", "出租汽车经营"),
            new Query("q18", "户口迁移"),
            new Query("q19", "耕地地力保护补贴"),
            new Query("q20", "行政执法案卷"),
            new Query("q21", "食品经营许可", "POWER", null, false),
            new Query("q22", "行政处罚", "POWER", null, true),
            new Query("q23", "办事指南", "CATALOGUE", "SOCIAL_ASSISTANCE", false),
            new Query("q24", "结果信息", "CATALOGUE", "FOOD_DRUG_SUPERVISION", false),
            new Query("q25", "个人信息", "NEGATIVE", null, false),
            new Query("q26", "婚姻登记", null, null, true),
            new Query("q27", "公共租赁住房申请", "SERVICE", null, false),
            new Query("q28", "特种设备", null, "FOOD_DRUG_SUPERVISION", false),
            new Query("q29", "农村危房改造", null, "RURAL_HOUSING_RENOVATION", true),
            new Query("q30", "非法采矿", "POWER", null, false),
            // multi-term and synonym queries of the exact matching rule (every term, or a synonym of it, a substring)
            new Query("q31", "食品 经营许可"),
            new Query("q32", "行政处罚 食品安全"),
            new Query("q33", "最低生活保障 审核"),
            new Query("q34", "社会保险，工伤"),
            new Query("q35", "经营许可 药品 零售"),
            new Query("q36", "婚姻登记 条例", null, null, true),
            new Query("q37", "低保"),
            new Query("q38", "特困"),
            new Query("q39", "社保 待遇"),
            new Query("q40", "公租房"),
            new Query("q41", "医保"),
            new Query("q42", "农药经营许可"));
}

package cn.gongkai.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import cn.gongkai.bench.Vocabulary.Department;

/**
 * Deterministic generator of realistic county lists: the same scale and seed always give the same orgs, items and
 * words. A county has ~70 units (the departments of {@link Vocabulary} repeated with numbered offices up to 45, plus
 * townships), ~1,500 power, ~120 service, ~1,600 catalogue and ~120 negative items; a province or the million set
 * is many counties under cities. Items come out as request bodies of the public API (the same JSON a client posts),
 * one unit at a time, so a loader never holds more than one county in memory.
 */
final class DataGenerator {

    /** how many cities and counties per city; counties scale the item count linearly */
    enum Scale {
        COUNTY(0, 1), PROVINCE(10, 9), MILLION(16, 19);

        final int cities;
        final int countiesPerCity;

        Scale(int cities, int countiesPerCity) {
            this.cities = cities;
            this.countiesPerCity = countiesPerCity;
        }
    }

    /** an org to create; {@code parentKey} null for the root */
    record OrgPlan(String key, String parentKey, String code, String name, String shortName, String type, int level,
            String regionCode) {
    }

    /** a catalogue item's link to a power/service item of the same unit, by code */
    record SourceRef(String kind, String code, Integer stepSeq) {
    }

    /** an item to create in org {@code orgKey}; {@code body} is the API body without orgId and sources */
    record ItemPlan(String kind, String orgKey, String code, String name, Map<String, Object> body,
            List<SourceRef> sources) {
    }

    /** one unit and its items, in creation order (power and service before the catalogue items that link them) */
    record UnitPlan(OrgPlan org, List<ItemPlan> items) {
    }

    static final int POWER_PER_COUNTY = 1500;
    static final int DEPARTMENTS_PER_COUNTY = 45;
    static final int TOWNSHIPS_PER_COUNTY = 24;

    private final Scale scale;
    private final long seed;

    DataGenerator(Scale scale, long seed) {
        this.scale = scale;
        this.seed = seed;
    }

    /** the government orgs above the units: province, cities, counties (a county scale is one county) */
    List<OrgPlan> governments() {
        List<OrgPlan> orgs = new ArrayList<>();
        if (scale == Scale.COUNTY) {
            orgs.add(county(null, 0, 0));
            return orgs;
        }
        orgs.add(new OrgPlan("P", null, "BP", "示范省人民政府", "省政府", "GOVERNMENT", 2, "990000"));
        for (int c = 0; c < scale.cities; c++) {
            String cityKey = "C" + c;
            orgs.add(new OrgPlan(cityKey, "P", "BC" + c, Vocabulary.CITY_NAMES.get(c) + "人民政府",
                    Vocabulary.CITY_NAMES.get(c), "GOVERNMENT", 3, String.format("99%02d00", c + 1)));
            for (int k = 0; k < scale.countiesPerCity; k++) {
                orgs.add(county(cityKey, c, k));
            }
        }
        return orgs;
    }

    int counties() {
        return scale == Scale.COUNTY ? 1 : scale.cities * scale.countiesPerCity;
    }

    private OrgPlan county(String cityKey, int c, int k) {
        String key = "K" + c + "_" + k;
        String name = countyName(c, k);
        return new OrgPlan(key, cityKey, "BK" + c + "_" + k, name + "人民政府", name, "GOVERNMENT", 4,
                String.format("99%02d%02d", c + 1, k + 1));
    }

    private String countyName(int c, int k) {
        List<String> s = Vocabulary.COUNTY_SYLLABLES;
        int n = c * 31 + k * 7;
        return s.get(n % s.size()) + s.get((n / s.size() + k + 3) % s.size()) + (k % 4 == 3 ? "区" : "县");
    }

    /** every unit of every county with its items, handed over one unit at a time */
    void units(Consumer<UnitPlan> sink) {
        for (OrgPlan gov : governments()) {
            if (gov.level() == 4) {
                countyUnits(gov, sink);
            }
        }
    }

    private void countyUnits(OrgPlan county, Consumer<UnitPlan> sink) {
        SplittableRandom random = new SplittableRandom(seed ^ county.code().hashCode());
        String countyName = county.shortName();
        sink.accept(new UnitPlan(county, commonNegativeItems(county)));
        int totalWeight = 0;
        List<Department> depts = new ArrayList<>();
        for (int i = 0; i < DEPARTMENTS_PER_COUNTY; i++) {
            Department d = Vocabulary.DEPARTMENTS.get(i % Vocabulary.DEPARTMENTS.size());
            depts.add(d);
            totalWeight += i < Vocabulary.DEPARTMENTS.size() ? d.weight() : 1;
        }
        totalWeight += TOWNSHIPS_PER_COUNTY * Vocabulary.TOWNSHIP.weight() / 3;
        for (int i = 0; i < DEPARTMENTS_PER_COUNTY; i++) {
            Department d = depts.get(i);
            boolean office = i >= Vocabulary.DEPARTMENTS.size();
            String suffix = office ? "第" + (i / Vocabulary.DEPARTMENTS.size() + 1) + "执法大队" : "";
            String name = countyName + d.name() + suffix;
            OrgPlan org = new OrgPlan(county.key() + "_D" + i, county.key(), county.code() + "-" + d.prefix() + i, name,
                    (countyName.endsWith("区") ? "区" : "县") + d.name() + suffix, "DEPARTMENT", 4, county.regionCode());
            int power = Math.max(4, POWER_PER_COUNTY * (office ? 1 : d.weight()) / totalWeight);
            sink.accept(new UnitPlan(org, new UnitItems(org, d, power, 2 + random.nextInt(3), random).all()));
        }
        for (int t = 0; t < TOWNSHIPS_PER_COUNTY; t++) {
            String town = Vocabulary.TOWNSHIP_NAMES.get(t);
            OrgPlan org = new OrgPlan(county.key() + "_T" + t, county.key(), county.code() + "-XZ" + t,
                    countyName + town + Vocabulary.TOWNSHIP.name(), town, town.endsWith("街道") ? "SUBDISTRICT" : "TOWNSHIP",
                    5, county.regionCode() + String.format("%03d", 100 + t));
            sink.accept(new UnitPlan(org, new UnitItems(org, Vocabulary.TOWNSHIP, 12, 1, random).all()));
        }
    }

    /** the 共性 negative items a county government issues for all its units */
    private List<ItemPlan> commonNegativeItems(OrgPlan county) {
        List<ItemPlan> items = new ArrayList<>();
        String[][] common = {
                {"STATE_SECRET", "依法确定为国家秘密的政府信息", "中华人民共和国保守国家秘密法", "第二条"},
                {"LAW_PROHIBITED", "法律、行政法规禁止公开的政府信息", "中华人民共和国政府信息公开条例", "第十四条"},
                {"SECURITY_STABILITY", "公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息", "中华人民共和国政府信息公开条例", "第十四条"},
                {"THIRD_PARTY_RIGHTS", "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息", "中华人民共和国政府信息公开条例", "第十五条"},
                {"INTERNAL_AFFAIRS", "人事管理、后勤管理、内部工作流程等内部事务信息", "中华人民共和国政府信息公开条例", "第十六条"},
                {"PROCESS_INFO", "讨论记录、过程稿、磋商信函、请示报告等过程性信息", "中华人民共和国政府信息公开条例", "第十六条"},
                {"ENFORCEMENT_FILE", "行政执法案卷信息", "中华人民共和国政府信息公开条例", "第十六条"},
                {"ADMIN_QUERY", "要求提供的信息属于工商、不动产登记资料等行政查询事项", "中华人民共和国政府信息公开条例", "第三十六条"}};
        for (int i = 0; i < common.length; i++) {
            String[] c = common[i];
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("part", "COMMON");
            body.put("category", c[0]);
            body.put("description", c[1] + "，不予公开。");
            body.put("legalBasis", List.of(citation(c[2], c[3])));
            body.put("appliesTo", "BOTH");
            body.put("reviewIntervalMonths", 12);
            items.add(new ItemPlan("NEGATIVE", county.key(), "GX-FM-" + String.format("%03d", i + 1), c[1], body, List.of()));
        }
        return items;
    }

    static Map<String, Object> citation(String title, String article) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", title);
        c.put("article", article);
        return c;
    }

    /** the items of one unit: powers by category, services, catalogue entries over them, specific negative items */
    private static final class UnitItems {
        private final OrgPlan org;
        private final Department d;
        private final int power;
        private final int services;
        private final SplittableRandom random;
        private final List<ItemPlan> items = new ArrayList<>();

        UnitItems(OrgPlan org, Department d, int power, int services, SplittableRandom random) {
            this.org = org;
            this.d = d;
            this.power = power;
            this.services = services;
            this.random = random;
        }

        List<ItemPlan> all() {
            List<ItemPlan> powers = powers();
            List<ItemPlan> serviceItems = services();
            items.addAll(powers);
            items.addAll(serviceItems);
            catalogue(powers, serviceItems);
            negatives();
            return items;
        }

        private List<ItemPlan> powers() {
            List<ItemPlan> list = new ArrayList<>();
            String[] variants = {"", "（变更）", "（延续）", "（注销）", "（补办）"};
            for (int i = 0; i < power; i++) {
                int kind = i % 10;
                int round = i / 10;
                String category;
                String name;
                switch (kind) {
                    case 0, 1 -> {
                        category = "LICENSING";
                        String s = pick(d.licensed(), i / 2);
                        name = s + (kind == 0 ? "许可" : "审批") + variants[Math.min(round / Math.max(1, d.licensed().size()), 4)];
                    }
                    case 2, 3, 4, 5 -> {
                        category = "PENALTY";
                        name = "对" + pick(d.violations(), i / 4 + kind) + "行为的行政处罚" + ordinal(round, d.violations().size());
                    }
                    case 6 -> {
                        category = "COERCION";
                        name = "对" + pick(d.violations(), round) + "涉及的场所、设施、财物的查封、扣押" + ordinal(round, d.violations().size());
                    }
                    case 7 -> {
                        category = "INSPECTION";
                        name = "对" + pick(d.inspected(), round) + "的监督检查" + ordinal(round, d.inspected().size());
                    }
                    case 8 -> {
                        category = round % 2 == 0 ? "CONFIRMATION" : "PAYMENT";
                        name = pick(d.services(), round) + (round % 2 == 0 ? "确认" : "给付") + ordinal(round, d.services().size());
                    }
                    default -> {
                        category = round % 3 == 0 ? "REWARD" : "OTHER";
                        name = (round % 3 == 0 ? "对举报" + pick(d.violations(), round) + "有功人员的奖励" : pick(d.licensed(), round) + "备案")
                                + ordinal(round, d.violations().size());
                    }
                }
                String code = d.prefix() + "-QL-" + String.format("%04d", i + 1);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("category", category);
                String law = pick(d.laws(), i);
                body.put("legalBasis", List.of(citation(law, "第" + cn(10 + random.nextInt(80)) + "条")));
                body.put("handlingUnit", org.shortName() + "政务服务窗口");
                body.put("responsibilities", List.of("受理阶段责任：公示依法应当提交的材料，一次性告知补正材料，依法受理或不予受理并说明理由。",
                        "审查阶段责任：对申请材料进行审查，提出审查意见。", "决定阶段责任：作出决定，不予许可的说明理由。"));
                body.put("accountability", "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：对符合法定条件的申请不予受理的；"
                        + "违反法定程序实施" + name + "的；其他违反法律法规规章规定的行为。");
                body.put("supervision", "县司法局、县纪委监委派驻纪检监察组");
                body.put("consultation", "0" + (700 + random.nextInt(299)) + "-" + (6000000 + random.nextInt(999999)));
                body.put("statutoryLimit", Map.of("value", 20, "unit", "WORKING_DAY"));
                body.put("promisedLimit", Map.of("value", 5 + random.nextInt(10), "unit", "WORKING_DAY"));
                body.put("fee", Map.of("charged", false));
                body.put("processSteps", steps("PENALTY".equals(category) ? Vocabulary.PENALTY_STEPS : Vocabulary.STEPS, name));
                list.add(new ItemPlan("POWER", org.key(), code, name, body, List.of()));
            }
            return list;
        }

        private List<ItemPlan> services() {
            List<ItemPlan> list = new ArrayList<>();
            for (int i = 0; i < services; i++) {
                String name = pick(d.services(), i) + ordinal(i, d.services().size());
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("serviceObjects", List.of("NATURAL_PERSON"));
                body.put("legalBasis", List.of(citation(pick(d.laws(), i + 1), "第" + cn(5 + random.nextInt(60)) + "条")));
                body.put("acceptingUnit", org.shortName());
                body.put("processSteps", steps(List.of("申请", "受理", "审核", "办结"), name));
                body.put("materials", List.of(
                        Map.of("name", "居民身份证", "required", true, "originals", 1, "copies", 1),
                        Map.of("name", name + "申请表", "required", true, "originals", 1, "copies", 0)));
                body.put("fee", Map.of("charged", false));
                body.put("timeLimit", Map.of("value", 5 + random.nextInt(15), "unit", "WORKING_DAY"));
                body.put("consultation", "12345政务服务便民热线");
                body.put("complaint", "12345政务服务便民热线，或向县纪委监委派驻纪检监察组反映");
                body.put("location", org.shortName() + "便民服务大厅");
                body.put("hours", "工作日 9:00-12:00，13:30-17:00");
                body.put("handlingForms", List.of("WINDOW", "ONLINE_PC"));
                list.add(new ItemPlan("SERVICE", org.key(), d.prefix() + "-FW-" + String.format("%03d", i + 1), name, body,
                        List.of()));
            }
            return list;
        }

        /**
         * One catalogue entry for most power items (a few left uncovered, so coverage is below 100%) and for
         * every service; a few entries cover two sources, some are nested, a few lack elements.
         */
        private void catalogue(List<ItemPlan> powers, List<ItemPlan> serviceItems) {
            List<ItemPlan> sources = new ArrayList<>(powers);
            sources.addAll(serviceItems);
            int n = 0;
            for (int i = 0; i < sources.size(); i++) {
                if (random.nextInt(100) < 8) {
                    continue;
                }
                ItemPlan source = sources.get(i);
                List<SourceRef> refs = new ArrayList<>();
                refs.add(new SourceRef(source.kind(), source.code(), 1 + random.nextInt(3)));
                if (i + 1 < sources.size() && random.nextInt(100) < 10) {
                    refs.add(new SourceRef(sources.get(i + 1).kind(), sources.get(i + 1).code(), null));
                }
                n++;
                String domain = pick(d.domains(), i);
                boolean complete = random.nextInt(100) >= 6;
                String name = source.name() + (source.kind().equals("SERVICE") ? "办事指南" : "结果信息");
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("domainCode", domain);
                body.put("level1", d.name().replace("局", "") + "管理");
                body.put("level2", source.name());
                body.put("content", "事项名称、设定依据、申请条件、办理材料、办理流程、办理时限、收费标准、办理结果：" + source.name());
                body.put("basis", complete ? List.of(citation("中华人民共和国政府信息公开条例", "第二十条"),
                        citation(pick(d.laws(), i), "第" + cn(10 + random.nextInt(50)) + "条")) : List.of());
                body.put("timeLimit", Map.of("text", random.nextBoolean() ? "信息形成或变更之日起20个工作日内" : "作出决定之日起7个工作日内"));
                body.put("subjectNote", org.shortName());
                body.put("channels", List.of(Map.of("code", "GOV_WEBSITE", "required", true),
                        Map.of("code", random.nextBoolean() ? "SERVICE_CENTER" : "NOTICE_BOARD", "required", false)));
                body.put("audiences", List.of("PUBLIC"));
                body.put("modes", List.of("PROACTIVE"));
                body.put("levels", List.of(org.level() == 5 ? "TOWNSHIP" : "COUNTY"));
                body.put("nested", random.nextInt(100) < 35);
                items.add(new ItemPlan("CATALOGUE", org.key(), d.prefix() + "-ML-" + String.format("%04d", n), name, body, refs));
            }
        }

        private void negatives() {
            int count = org.level() == 5 ? 1 : 2;
            String[][] specific = {
                    {"ENFORCEMENT_FILE", "行政执法案卷中的调查笔录、证据材料", "中华人民共和国政府信息公开条例", "第十六条"},
                    {"THIRD_PARTY_RIGHTS", "行政相对人的身份证件号码、联系方式等个人信息", "中华人民共和国个人信息保护法", "第二十八条"},
                    {"PROCESS_INFO", "审查过程中的内部讨论记录和请示报告", "中华人民共和国政府信息公开条例", "第十六条"},
                    {"STATE_SECRET", "涉密地理信息数据", "中华人民共和国保守国家秘密法", "第十三条"}};
            for (int i = 0; i < count; i++) {
                String[] s = specific[(i + random.nextInt(specific.length)) % specific.length];
                // one in ten cites a repealed regulation, so basis quality has something to find
                boolean outdated = random.nextInt(100) < 10;
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("part", "SPECIFIC");
                body.put("category", s[0]);
                body.put("description", d.name() + s[1]);
                body.put("legalBasis", List.of(outdated ? citation("城市房屋拆迁管理条例", "第五条") : citation(s[2], s[3])));
                body.put("appliesTo", "BOTH");
                body.put("reviewIntervalMonths", 12);
                items.add(new ItemPlan("NEGATIVE", org.key(), d.prefix() + "-FM-" + String.format("%03d", i + 1),
                        d.name() + s[1], body, List.of()));
            }
        }

        private static List<Map<String, Object>> steps(List<String> names, String item) {
            List<Map<String, Object>> steps = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                steps.add(Map.of("seq", i + 1, "name", names.get(i), "description", item + "的" + names.get(i) + "环节"));
            }
            return steps;
        }

        private static String pick(List<String> words, int i) {
            return words.get(Math.floorMod(i, words.size()));
        }

        /** "" for the first round through a word list, then （二）（三）… so names stay unique within a unit */
        private static String ordinal(int round, int size) {
            int r = round / Math.max(1, size);
            return r == 0 ? "" : "（" + cn(r + 1) + "）";
        }
    }

    /** 1..99 in Chinese numerals, as articles are cited (第三十五条) */
    static String cn(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones]);
    }
}

package cn.gongkai.statute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.gongkai.item.LegalCitation;
import cn.gongkai.statute.CitationWarning.Problem;
import org.junit.jupiter.api.Test;

/** Every problem the registry recognises, and the correct citations it must leave alone. */
class CitationRulesTest {

    static final LocalDate V2008 = LocalDate.of(2008, 5, 1);

    static ArticleChange change(String from, String to, String... keywords) {
        return new ArticleChange(V2008, from, to, List.of(keywords), null);
    }

    /** the 条例 with a part of its 2008 → 2019 renumbering, as seeded */
    static final Statute REGULATION = new Statute(1, "GOV_INFO_DISCLOSURE", "中华人民共和国政府信息公开条例",
            List.of("信息公开条例"), "国务院令第711号", LocalDate.of(2019, 5, 15), LocalDate.of(2019, 4, 3), false, null,
            null, null, null, List.of(
                    change("第八条", "第十四条", "国家安全", "公共安全", "经济安全", "社会稳定"),
                    change("第十四条第一款", "第十七条第一款", "保密审查机制"),
                    change("第十四条第二款", "第十七条第二款", "保守国家秘密法"),
                    change("第十四条第三款", "第十七条第三款", "不能确定"),
                    change("第十四条第四款", "第十四条", "国家秘密"),
                    change("第十四条第四款", "第十五条", "商业秘密", "个人隐私"),
                    change("第十八条", "第二十六条", "20个工作日", "形成或者变更"),
                    change("第二十二条", "第三十七条", "区分处理"),
                    change("第二十三条", "第三十二条", "第三方", "征求")),
            Instant.EPOCH);
    static final Statute EXPROPRIATION = statute(2, "HOUSING_EXPROPRIATION_REGULATION", "国有土地上房屋征收与补偿条例",
            LocalDate.of(2011, 1, 21), LocalDate.of(2011, 1, 21));
    static final Statute DEMOLITION = new Statute(3, "URBAN_HOUSING_DEMOLITION_REGULATION", "城市房屋拆迁管理条例",
            List.of("拆迁条例"), "国务院令第305号", LocalDate.of(2001, 11, 1), LocalDate.of(2001, 6, 13), true,
            LocalDate.of(2011, 1, 21), "HOUSING_EXPROPRIATION_REGULATION", "国有土地上房屋征收与补偿条例", null, List.of(),
            Instant.EPOCH);
    static final Statute ORPHAN_REPEALED = new Statute(4, "OLD_RULE", "某某暂行规定", List.of(), null, null, null, true,
            null, null, null, null, List.of(), Instant.EPOCH);
    /** revised 2020-06-20, in force from 2021-01-01: "2020年修订" is the current version */
    static final Statute ARCHIVES = statute(5, "ARCHIVES_LAW", "中华人民共和国档案法", LocalDate.of(2021, 1, 1),
            LocalDate.of(2020, 6, 20));
    static final Statute UNDATED = statute(6, "UNDATED", "某某条例", null, null);
    static final Statute ADOPTED_ONLY = statute(7, "ADOPTED_ONLY", "中华人民共和国公共文化服务保障法", null,
            LocalDate.of(2016, 12, 25));

    static final StatuteIndex REGISTRY = new StatuteIndex(List.of(REGULATION, EXPROPRIATION, DEMOLITION,
            ORPHAN_REPEALED, ARCHIVES, UNDATED, ADOPTED_ONLY));

    static Statute statute(long id, String code, String title, LocalDate current, LocalDate adopted) {
        return new Statute(id, code, title, List.of(), null, current, adopted, false, null, null, null, null, List.of(),
                Instant.EPOCH);
    }

    static Optional<CitationWarning> check(String title, String article, String version) {
        return CitationRules.check(3, new LegalCitation(title, null, article, version), REGISTRY);
    }

    static void sound(String title, String article, String version) {
        assertThat(check(title, article, version)).as(title + " " + article + " " + version).isEmpty();
    }

    static CitationWarning problem(String title, String article, String version, Problem expected) {
        CitationWarning w = check(title, article, version).orElseThrow(
                () -> new AssertionError("expected " + expected + " for " + title + " " + article + " " + version));
        assertThat(w.problem()).isEqualTo(expected);
        assertThat(w.index()).isEqualTo(3);
        return w;
    }

    @Test
    void anUnknownTitleIsAnUnknownLaw() {
        CitationWarning w = problem("《中华人民共和国政务公开法》", "第一条", null, Problem.UNKNOWN_LAW);
        assertThat(w.message()).contains("《中华人民共和国政务公开法》").contains("法规库中没有");
        assertThat(problem("  ", null, null, Problem.UNKNOWN_LAW).message()).isEqualTo("未填写法律法规名称");
        assertThat(problem(null, null, null, Problem.UNKNOWN_LAW).message()).isEqualTo("未填写法律法规名称");
    }

    @Test
    void titlesMatchWithOrWithoutBookMarksNationPrefixSpacesOrByAlias() {
        sound("《中华人民共和国政府信息公开条例》", "第十五条", "2019");
        sound("政府信息公开条例", "第十五条", null);
        sound(" 《政府信息公开条例》（国务院令第711号）", null, null);
        sound("《信息公开条例》", "第十四条", null);
    }

    @Test
    void aRepealedLawNamesItsReplacement() {
        CitationWarning w = problem("《城市房屋拆迁管理条例》", "第二十二条", "2001", Problem.REPEALED);
        assertThat(w.message()).isEqualTo(
                "《城市房屋拆迁管理条例》已于2011年1月21日废止，现行规定为《国有土地上房屋征收与补偿条例》，请改为引用现行规定");
        assertThat(problem("拆迁条例", null, null, Problem.REPEALED).message()).contains("国有土地上房屋征收与补偿条例");
        assertThat(problem("某某暂行规定", null, null, Problem.REPEALED).message())
                .isEqualTo("《某某暂行规定》已废止，请改为引用现行有效的规定");
    }

    @Test
    void anOlderYearOrDateIsASupersededVersion() {
        CitationWarning w = problem("政府信息公开条例", "第二条", "2008", Problem.SUPERSEDED_VERSION);
        assertThat(w.message()).contains("“2008”版本").contains("2019年5月15日起施行");
        problem("政府信息公开条例", null, "2007年4月5日", Problem.SUPERSEDED_VERSION);
        problem("中华人民共和国档案法", "第十九条", "2016", Problem.SUPERSEDED_VERSION);
        assertThat(problem("公共文化服务保障法", null, "2015", Problem.SUPERSEDED_VERSION).message())
                .contains("现行版本为2016年12月25日通过（修订）的版本");
    }

    @Test
    void theVersionInForceIsNotSupersededWhetherNamedByAdoptionOrEffectiveDate() {
        sound("政府信息公开条例", "第二条", "2019");
        sound("政府信息公开条例", "第二条", "2019-04-03");
        sound("政府信息公开条例", "第二条", "2019年5月15日");
        sound("中华人民共和国档案法", "第十九条", "2020年修订");
        sound("中华人民共和国档案法", "第十九条", "2021");
        sound("政府信息公开条例", "第二条", "现行");
        sound("某某条例", "第二条", "1990");
    }

    @Test
    void anArticleOfAnOlderVersionThatWasRenumberedIsASupersededArticle() {
        CitationWarning w = problem("政府信息公开条例", "第十四条 商业秘密、个人隐私", "2008", Problem.SUPERSEDED_ARTICLE);
        assertThat(w.message()).isEqualTo("引用的是《中华人民共和国政府信息公开条例》“2008”版本的第十四条，该条内容在现行版本"
                + "（2019年5月15日起施行）中为第十五条，请按现行条文序号引用");
        assertThat(problem("政府信息公开条例", "第二十三条", "2007", Problem.SUPERSEDED_ARTICLE).message())
                .contains("中为第三十二条");
        assertThat(problem("政府信息公开条例", "第八条", "2008年5月1日", Problem.SUPERSEDED_ARTICLE).message())
                .contains("中为第十四条");
    }

    @Test
    void withoutKeywordsEveryPlaceTheOldArticleWentIsNamed() {
        assertThat(problem("政府信息公开条例", "第十四条", "2008", Problem.SUPERSEDED_ARTICLE).message())
                .contains("中为第十七条第一款、第十七条第二款、第十七条第三款、第十四条、第十五条");
        assertThat(problem("政府信息公开条例", "第十四条第四款", "2008", Problem.SUPERSEDED_ARTICLE).message())
                .contains("中为第十四条、第十五条");
    }

    @Test
    void anOldCitationWhoseArticleKeptItsNumberIsOnlyASupersededVersion() {
        problem("政府信息公开条例", "第十四条第四款 国家秘密", "2008", Problem.SUPERSEDED_VERSION);
        problem("政府信息公开条例", "第二条", "2008", Problem.SUPERSEDED_VERSION);
    }

    @Test
    void withoutAVersionKeywordsOfAMovedArticleRevealTheOldNumbering() {
        // docs/DOMAIN.md: citing 条例 "第十四条 … 商业秘密、个人隐私" from the 2008 text
        CitationWarning w = problem("《中华人民共和国政府信息公开条例》", "第十四条 行政机关不得公开涉及国家秘密、商业秘密、个人隐私的政府信息",
                null, Problem.SUPERSEDED_ARTICLE);
        assertThat(w.message()).isEqualTo("《中华人民共和国政府信息公开条例》第十四条是2008年版的条文序号：“商业秘密、个人隐私”"
                + "的内容自2019年5月15日起为第十五条，请按现行条文序号引用");
        assertThat(problem("政府信息公开条例", "第八条 不得危及国家安全、公共安全、经济安全和社会稳定", null,
                Problem.SUPERSEDED_ARTICLE).message()).contains("为第十四条");
        assertThat(problem("政府信息公开条例", "第二十二条（区分处理）", "", Problem.SUPERSEDED_ARTICLE).message())
                .contains("为第三十七条");
        // naming the current version does not make an old article number right
        problem("政府信息公开条例", "第十八条 自该政府信息形成或者变更之日起20个工作日内", "2019", Problem.SUPERSEDED_ARTICLE);
    }

    @Test
    void correctCitationsOfTheCurrentTextAreLeftAlone() {
        sound("政府信息公开条例", "第十四条 依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及"
                + "国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开", null);
        sound("政府信息公开条例", "第十五条 涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息", null);
        sound("政府信息公开条例", "第十六条第二款", null);
        sound("政府信息公开条例", "第三十二条 书面征求第三方的意见", "2019");
        sound("政府信息公开条例", "第十八条 定期评估审查", null);
        sound("政府信息公开条例", "第八条", null);
        sound("政府信息公开条例", null, null);
    }
}

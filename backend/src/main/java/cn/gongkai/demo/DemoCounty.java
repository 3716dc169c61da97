package cn.gongkai.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.account.AccountApi;
import cn.gongkai.org.CreditCode;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgCommand;
import cn.gongkai.org.OrgRef;
import cn.gongkai.org.OrgType;
import cn.gongkai.security.Role;
import cn.gongkai.security.ScopeMode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 云溪县, a fictional county (region code 990101 does not exist): the county government, its departments, two
 * townships, one demo user per business role (README lists them) and their lists. Loaded in one transaction.
 */
@Component
class DemoCounty {

    /** documented in README.md; demo users are not forced to change it */
    static final String PASSWORD = "Gongkai@2026";

    private final OrgApi orgs;
    private final AccountApi accounts;
    private final DemoItems items;
    private final DemoDisclosure disclosure;

    DemoCounty(OrgApi orgs, AccountApi accounts, DemoItems items, DemoDisclosure disclosure) {
        this.orgs = orgs;
        this.accounts = accounts;
        this.items = items;
        this.disclosure = disclosure;
    }

    @Transactional
    public Map<String, OrgRef> load() {
        Map<String, OrgRef> org = new LinkedHashMap<>();
        OrgRef county = org("YX-GOV", "云溪县人民政府", "县政府", OrgType.GOVERNMENT, 4, null, "990101", "MB1000001", 1);
        org.put(county.code(), county);
        String[][] departments = {
                {"YX-ZFB", "云溪县人民政府办公室", "县政府办"},
                {"YX-RSJ", "云溪县人力资源和社会保障局", "县人社局"},
                {"YX-MZJ", "云溪县民政局", "县民政局"},
                {"YX-ZRZYJ", "云溪县自然资源局", "县自然资源局"},
                {"YX-ZJJ", "云溪县住房和城乡建设局", "县住建局"},
                {"YX-STHJ", "云溪县生态环境分局", "县生态环境分局"},
                {"YX-WJW", "云溪县卫生健康委员会", "县卫健委"},
                {"YX-JTJ", "云溪县教育体育局", "县教体局"},
                {"YX-SCJGJ", "云溪县市场监督管理局", "县市场监管局"},
                {"YX-YJJ", "云溪县应急管理局", "县应急局"},
                {"YX-CZJ", "云溪县财政局", "县财政局"},
                {"YX-NYNCJ", "云溪县农业农村局", "县农业农村局"}};
        for (int i = 0; i < departments.length; i++) {
            String[] d = departments[i];
            org.put(d[0], org(d[0], d[1], d[2], OrgType.DEPARTMENT, 4, county.id(), "990101",
                    String.format("MB10%05d", 10 + i), 10 + i));
        }
        org.put("YX-QSZ", org("YX-QSZ", "云溪县青石镇人民政府", "青石镇", OrgType.TOWNSHIP, 5, county.id(), "990101100",
                "MB1000100", 100));
        org.put("YX-BSX", org("YX-BSX", "云溪县白沙乡人民政府", "白沙乡", OrgType.TOWNSHIP, 5, county.id(), "990101200",
                "MB1000200", 101));

        Map<String, Long> ids = new LinkedHashMap<>();
        USERS.forEach((username, u) -> ids.put(username, accounts.createUser(username, u.displayName(),
                org.get(u.orgCode()).id(), u.extraOrgCodes().stream().map(c -> org.get(c).id()).toList(),
                List.of(u.role()), u.scope(), PASSWORD, false)));
        Map<String, cn.gongkai.security.CurrentUser> users = DemoItems.principals(ids, org);
        items.load(org, users);
        disclosure.load(org, users);
        return org;
    }

    private OrgRef org(String code, String name, String shortName, OrgType type, int level, Long parentId,
            String regionCode, String orgCode9, int sort) {
        String first17 = "11" + regionCode.substring(0, 6) + orgCode9;
        String creditCode = first17 + CreditCode.checkCharacter(first17);
        return orgs.create(new OrgCommand(code, name, shortName, type, level, parentId, regionCode, creditCode, sort,
                true));
    }

    /** one demo user per business role (README "Demo accounts") */
    record DemoUser(String displayName, String orgCode, List<String> extraOrgCodes, Role role, ScopeMode scope) {
    }

    static final Map<String, DemoUser> USERS = demoUsers();

    private static Map<String, DemoUser> demoUsers() {
        Map<String, DemoUser> users = new LinkedHashMap<>();
        users.put("editor_rsj", new DemoUser("张敏", "YX-RSJ", List.of(), Role.EDITOR, ScopeMode.OWN_ORGS));
        users.put("reviewer_rsj", new DemoUser("李强", "YX-RSJ", List.of(), Role.REVIEWER, ScopeMode.OWN_ORGS));
        users.put("editor_mzj", new DemoUser("王芳", "YX-MZJ", List.of(), Role.EDITOR, ScopeMode.OWN_ORGS));
        users.put("reviewer_mzj", new DemoUser("赵磊", "YX-MZJ", List.of(), Role.REVIEWER, ScopeMode.OWN_ORGS));
        users.put("editor_zrzy", new DemoUser("孙伟", "YX-ZRZYJ", List.of("YX-ZJJ"), Role.EDITOR, ScopeMode.OWN_ORGS));
        users.put("editor_county", new DemoUser("吴刚", "YX-ZFB", List.of("YX-GOV"), Role.EDITOR, ScopeMode.OWN_ORGS));
        users.put("editor_qsz", new DemoUser("陈静", "YX-QSZ", List.of(), Role.EDITOR, ScopeMode.OWN_ORGS));
        users.put("reviewer_county", new DemoUser("刘洋", "YX-GOV", List.of(), Role.REVIEWER, ScopeMode.SUBTREE));
        users.put("supervisor_county", new DemoUser("周敏", "YX-GOV", List.of(), Role.SUPERVISOR, ScopeMode.SUBTREE));
        return users;
    }
}

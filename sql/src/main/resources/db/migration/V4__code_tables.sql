-- Gongkai schema, part 4: the editable code tables (试点领域, 公开渠道和载体, 公开层级) and the statute registry
-- (法规库) that legal citations (依据) are checked against. See DOMAIN.md "Catalogue items", "Legal citations".
--
-- A code never changes once created: local renames (乡村振兴 for 扶贫) change the name only. Entries are
-- deactivated, never deleted, so old items keep a readable code.

CREATE TABLE code_entry (
    -- the CodeTable enum constant: DOMAINS, CHANNELS, LEVELS
    code_table VARCHAR(16)  NOT NULL,
    code       VARCHAR(64)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    note       VARCHAR(500) NULL,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (code_table, code),
    -- two entries of one table with the same name could not be told apart in a form
    UNIQUE KEY uk_code_entry_name (code_table, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 试点领域: the 26 standard-catalogue domains of 国办发〔2019〕54号 and OTHER (research/domain-facts.md §1.2)
INSERT INTO code_entry (code_table, code, name, sort_order, active, note, created_at, updated_at) VALUES
('DOMAINS', 'URBAN_RURAL_PLANNING',     '城乡规划',                 10,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'MAJOR_PROJECTS',           '重大建设项目',             20,  TRUE, '标准指引：发改办投资〔2019〕621号', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'PUBLIC_RESOURCE_TRADING',  '公共资源交易',             30,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'BUDGET_FINAL_ACCOUNTS',    '财政预决算',               40,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'WORK_SAFETY',              '安全生产',                 50,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'TAX_ADMINISTRATION',       '税收管理',                 60,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'LAND_ACQUISITION',         '征地补偿',                 70,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'HOUSING_EXPROPRIATION',    '国有土地上房屋征收与补偿', 80,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'RURAL_HOUSING_RENOVATION', '农村危房改造',             90,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'ENVIRONMENTAL_PROTECTION', '环境保护',                 100, TRUE, '标准指引：环办厅函〔2019〕672号；常见地方名称“生态环境”', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'PUBLIC_CULTURE',           '公共文化服务',             110, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'PUBLIC_LEGAL_SERVICES',    '公共法律服务',             120, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'POVERTY_ALLEVIATION',      '扶贫',                     130, TRUE, '2021年后多地改称“乡村振兴”（只改名称，不改编码）', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'DISASTER_RELIEF',          '救灾',                     140, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'SOCIAL_ASSISTANCE',        '社会救助',                 150, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'ELDERLY_CARE',             '养老服务',                 160, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'HOUSEHOLD_REGISTRATION',   '户籍管理',                 170, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'AGRICULTURAL_SUBSIDIES',   '涉农补贴',                 180, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'COMPULSORY_EDUCATION',     '义务教育',                 190, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'HEALTH',                   '卫生健康',                 200, TRUE, '亦称“医疗卫生”', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'FOOD_DRUG_SUPERVISION',    '食品药品监管',             210, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'URBAN_LAW_ENFORCEMENT',    '城市综合执法',             220, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'EMPLOYMENT',               '就业',                     230, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'SOCIAL_INSURANCE',         '社会保险',                 240, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'SUBSIDIZED_HOUSING',       '保障性住房',               250, TRUE, '标准指引：建办厅〔2019〕71号', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'MUNICIPAL_SERVICES',       '市政服务',                 260, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DOMAINS', 'OTHER',                    '其他',                     990, TRUE, '不属于以上领域的事项；不计入领域覆盖率', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));

-- 公开渠道和载体: the ministry guidelines' checklist plus 12345 热线 (research/domain-facts.md §1.4); a named
-- platform goes into the item's free-text otherChannels
INSERT INTO code_entry (code_table, code, name, sort_order, active, note, created_at, updated_at) VALUES
('CHANNELS', 'GOV_WEBSITE',     '政府网站',                         10,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'GAZETTE',         '政府公报',                         20,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'NEW_MEDIA',       '两微一端',                         30,  TRUE, '政务微博、微信和移动客户端', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'PRESS_HEARING',   '发布会/听证会',                    40,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'BROADCAST',       '广播电视',                         50,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'PRINT',           '纸质媒体',                         60,  TRUE, '亦称“纸质载体”', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'READING_POINT',   '公开查阅点',                       70,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'SERVICE_CENTER',  '政务服务中心',                     80,  TRUE, '亦称“行政服务中心”“便民服务中心”', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'SERVICE_STATION', '便民服务站',                       90,  TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'ON_SITE',         '入户/现场',                        100, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'NOTICE_BOARD',    '社区/企事业单位/村公示栏(电子屏)', 110, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'TARGETED_PUSH',   '精准推送',                         120, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'HOTLINE',         '12345热线',                        130, TRUE, '12345政务服务便民热线', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CHANNELS', 'OTHER',           '其他',                             990, TRUE, '具体渠道写在“其他渠道”中', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));

-- 公开层级 of a county catalogue; cities may add CITY, VILLAGE
INSERT INTO code_entry (code_table, code, name, sort_order, active, note, created_at, updated_at) VALUES
('LEVELS', 'COUNTY',   '县级', 10, TRUE, NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('LEVELS', 'TOWNSHIP', '乡级', 20, TRUE, '乡镇（街道）', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));

-- 法规库: the laws and regulations citations are checked against. current_version is the effective date of the
-- version in force, adopted_on the date that version was adopted, revised or promulgated (a citation naming an
-- earlier year or date is of a superseded version). Unknown dates stay NULL rather than guessed.
CREATE TABLE statute (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(64)  NOT NULL,
    -- the official title without 《》
    title           VARCHAR(200) NOT NULL,
    doc_number      VARCHAR(100) NULL,
    current_version DATE         NULL,
    adopted_on      DATE         NULL,
    repealed        BOOLEAN      NOT NULL DEFAULT FALSE,
    repealed_on     DATE         NULL,
    -- code of the statute that replaced a repealed one
    replaced_by     VARCHAR(64)  NULL,
    note            VARCHAR(500) NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_statute_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- short names a citation may use (保密法, 个保法 …); matching also ignores 《》, spaces and a leading 中华人民共和国
CREATE TABLE statute_alias (
    statute_id BIGINT       NOT NULL,
    seq        INT          NOT NULL,
    alias      VARCHAR(200) NOT NULL,
    PRIMARY KEY (statute_id, seq),
    CONSTRAINT fk_statute_alias_statute FOREIGN KEY (statute_id) REFERENCES statute (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- renumbering notes: the content of old_article of the version in force from old_version is new_article now;
-- keywords (separated by |) tell which part of an old article a citation means when it names no version
CREATE TABLE statute_article_change (
    statute_id  BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    old_version DATE         NULL,
    old_article VARCHAR(50)  NOT NULL,
    new_article VARCHAR(50)  NOT NULL,
    keywords    VARCHAR(500) NULL,
    note        VARCHAR(200) NULL,
    PRIMARY KEY (statute_id, seq),
    CONSTRAINT fk_statute_article_change_statute FOREIGN KEY (statute_id) REFERENCES statute (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Seeds: the laws county power/service lists and negative lists cite most. Dates from the official texts
-- (国家法律法规数据库 transcriptions); a NULL doc_number means the number was not verified.
INSERT INTO statute (code, title, doc_number, current_version, adopted_on, repealed, repealed_on, replaced_by, note,
                     created_at, updated_at) VALUES
('GOV_INFO_DISCLOSURE', '中华人民共和国政府信息公开条例', '国务院令第711号', '2019-05-15', '2019-04-03', FALSE, NULL, NULL,
 '2007年4月5日国务院令第492号公布（2008年5月1日施行），2019年4月3日修订，条文重新编号', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('STATE_SECRETS_LAW', '中华人民共和国保守国家秘密法', NULL, '2024-05-01', '2024-02-27', FALSE, NULL, NULL,
 '1988年通过，2010年、2024年两次修订', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('STATE_SECRETS_REGULATION', '中华人民共和国保守国家秘密法实施条例', '国务院令第786号', '2024-09-01', '2024-07-10', FALSE, NULL, NULL,
 '2014年1月17日国务院令第646号公布，2024年修订', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('PERSONAL_INFORMATION_PROTECTION_LAW', '中华人民共和国个人信息保护法', '主席令第九十一号', '2021-11-01', '2021-08-20', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DATA_SECURITY_LAW', '中华人民共和国数据安全法', '主席令第八十四号', '2021-09-01', '2021-06-10', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CYBERSECURITY_LAW', '中华人民共和国网络安全法', NULL, '2026-01-01', '2025-10-28', FALSE, NULL, NULL,
 '2016年11月7日通过（2017年6月1日施行），2025年10月28日修正，条文重新编号', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('ARCHIVES_LAW', '中华人民共和国档案法', NULL, '2021-01-01', '2020-06-20', FALSE, NULL, NULL,
 '1987年通过，2020年6月20日修订', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CIVIL_CODE', '中华人民共和国民法典', '主席令第四十五号', '2021-01-01', '2020-05-28', FALSE, NULL, NULL,
 '隐私权和个人信息保护：第四编第六章', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('ADMINISTRATIVE_LICENSING_LAW', '中华人民共和国行政许可法', '主席令第二十九号', '2019-04-23', '2019-04-23', FALSE, NULL, NULL,
 '2003年通过（2004年7月1日施行），2019年4月23日修正', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('ADMINISTRATIVE_PENALTY_LAW', '中华人民共和国行政处罚法', '主席令第七十号', '2021-07-15', '2021-01-22', FALSE, NULL, NULL,
 '2021年1月22日修订，条文重新编号', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('ADMINISTRATIVE_COERCION_LAW', '中华人民共和国行政强制法', '主席令第四十九号', '2012-01-01', '2011-06-30', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('ADMINISTRATIVE_RECONSIDERATION_LAW', '中华人民共和国行政复议法', NULL, '2024-01-01', '2023-09-01', FALSE, NULL, NULL,
 '2023年9月1日修订', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('SOCIAL_ASSISTANCE_INTERIM_MEASURES', '社会救助暂行办法', '国务院令第649号', '2019-03-02', '2019-03-02', FALSE, NULL, NULL,
 '2014年2月21日公布（2014年5月1日施行），2019年3月2日国务院令第709号修订；《中华人民共和国社会救助法》自2026年7月1日起施行，请核对本办法的适用',
 UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('SOCIAL_ASSISTANCE_LAW', '中华人民共和国社会救助法', NULL, '2026-07-01', '2026-04-30', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('HOUSING_EXPROPRIATION_REGULATION', '国有土地上房屋征收与补偿条例', '国务院令第590号', '2011-01-21', '2011-01-21', FALSE, NULL, NULL,
 '自公布之日起施行，《城市房屋拆迁管理条例》同时废止', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('URBAN_HOUSING_DEMOLITION_REGULATION', '城市房屋拆迁管理条例', '国务院令第305号', '2001-11-01', '2001-06-13', TRUE, '2011-01-21',
 'HOUSING_EXPROPRIATION_REGULATION', NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('LAND_ADMINISTRATION_LAW', '中华人民共和国土地管理法', '主席令第三十二号', '2020-01-01', '2019-08-26', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('URBAN_RURAL_PLANNING_LAW', '中华人民共和国城乡规划法', '主席令第二十九号', '2019-04-23', '2019-04-23', FALSE, NULL, NULL,
 '2007年通过（2008年1月1日施行），2015年、2019年修正', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('CONSTRUCTION_LAW', '中华人民共和国建筑法', '主席令第二十九号', '2019-04-23', '2019-04-23', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('TAX_COLLECTION_LAW', '中华人民共和国税收征收管理法', NULL, '2015-04-24', '2015-04-24', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('WORK_SAFETY_LAW', '中华人民共和国安全生产法', '主席令第八十八号', '2021-09-01', '2021-06-10', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('FOOD_SAFETY_LAW', '中华人民共和国食品安全法', NULL, '2025-12-01', '2025-09-12', FALSE, NULL, NULL,
 '2015年修订，2018年、2021年、2025年修正', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('DRUG_ADMINISTRATION_LAW', '中华人民共和国药品管理法', '主席令第三十一号', '2019-12-01', '2019-08-26', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('ENVIRONMENTAL_PROTECTION_LAW', '中华人民共和国环境保护法', '主席令第九号', '2015-01-01', '2014-04-24', TRUE, '2026-08-15',
 'ECO_ENVIRONMENT_CODE', '《中华人民共和国生态环境法典》第一千二百四十二条：法典施行之日同时废止', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('ECO_ENVIRONMENT_CODE', '中华人民共和国生态环境法典', NULL, '2026-08-15', '2026-03-12', FALSE, NULL, NULL,
 '施行之日起《环境保护法》《环境影响评价法》等十部法律同时废止', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('COMPULSORY_EDUCATION_LAW', '中华人民共和国义务教育法', NULL, '2018-12-29', '2018-12-29', FALSE, NULL, NULL,
 '2006年修订，2015年、2018年修正', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('EMPLOYMENT_PROMOTION_LAW', '中华人民共和国就业促进法', NULL, '2015-04-24', '2015-04-24', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('SOCIAL_INSURANCE_LAW', '中华人民共和国社会保险法', NULL, '2018-12-29', '2018-12-29', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('ELDERLY_RIGHTS_LAW', '中华人民共和国老年人权益保障法', NULL, '2018-12-29', '2018-12-29', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('PUBLIC_CULTURAL_SERVICE_LAW', '中华人民共和国公共文化服务保障法', NULL, NULL, '2016-12-25', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('EMERGENCY_RESPONSE_LAW', '中华人民共和国突发事件应对法', NULL, '2024-11-01', '2024-06-28', FALSE, NULL, NULL,
 '2024年6月28日修订', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)),
('HOUSEHOLD_REGISTRATION_REGULATION', '中华人民共和国户口登记条例', NULL, '1958-01-09', '1958-01-09', FALSE, NULL, NULL,
 NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));

INSERT INTO statute_alias (statute_id, seq, alias)
SELECT s.id, a.seq, a.alias FROM statute s JOIN (
    SELECT 'GOV_INFO_DISCLOSURE' AS code, 1 AS seq, '信息公开条例' AS alias
    UNION ALL SELECT 'STATE_SECRETS_LAW', 1, '保密法'
    UNION ALL SELECT 'STATE_SECRETS_LAW', 2, '国家保密法'
    UNION ALL SELECT 'STATE_SECRETS_REGULATION', 1, '保密法实施条例'
    UNION ALL SELECT 'PERSONAL_INFORMATION_PROTECTION_LAW', 1, '个保法'
    UNION ALL SELECT 'CYBERSECURITY_LAW', 1, '网安法'
    UNION ALL SELECT 'HOUSING_EXPROPRIATION_REGULATION', 1, '房屋征收与补偿条例'
    UNION ALL SELECT 'HOUSING_EXPROPRIATION_REGULATION', 2, '征收补偿条例'
    UNION ALL SELECT 'URBAN_HOUSING_DEMOLITION_REGULATION', 1, '拆迁条例'
    UNION ALL SELECT 'TAX_COLLECTION_LAW', 1, '税收征管法'
    UNION ALL SELECT 'TAX_COLLECTION_LAW', 2, '征管法'
    UNION ALL SELECT 'ENVIRONMENTAL_PROTECTION_LAW', 1, '环保法'
    UNION ALL SELECT 'SOCIAL_INSURANCE_LAW', 1, '社保法'
) a ON a.code = s.code;

-- 政府信息公开条例: the 2008 text (国务院令第492号, in force 2008-05-01 to 2019-05-15) against the 2019 revision.
-- Many local negative lists still cite the 2008 numbers (research/domain-facts.md §2, "Important data caveat").
INSERT INTO statute_article_change (statute_id, seq, old_version, old_article, new_article, keywords, note)
SELECT s.id, c.seq, '2008-05-01', c.old_article, c.new_article, c.keywords, c.note FROM statute s JOIN (
    SELECT 1 AS seq, '第七条' AS old_article, '第十一条' AS new_article, '协调机制|沟通、确认' AS keywords,
           '政府信息发布协调机制' AS note
    UNION ALL SELECT 2, '第八条', '第十四条', '国家安全|公共安全|经济安全|社会稳定', '三安全一稳定'
    UNION ALL SELECT 3, '第九条', '第十九条', '切身利益|广泛知晓', '主动公开的基本要求'
    UNION ALL SELECT 4, '第十条', '第二十条', '重点公开|财政预算|行政事业性收费|集中采购|重大建设项目', '主动公开的具体内容'
    UNION ALL SELECT 5, '第十一条', '第二十一条', '设区的市|房屋拆迁|城乡建设', '市、县重点公开内容'
    UNION ALL SELECT 6, '第十二条', '第二十一条', '乡（镇）|宅基地|筹资筹劳', '乡镇重点公开内容'
    UNION ALL SELECT 7, '第十三条', '第二十七条', '申请获取|特殊需要', '依申请公开'
    UNION ALL SELECT 8, '第十四条第一款', '第十七条第一款', '保密审查机制|审查的程序和责任', '审查机制'
    UNION ALL SELECT 9, '第十四条第二款', '第十七条第二款', '保守国家秘密法', '依照保密法审查'
    UNION ALL SELECT 10, '第十四条第三款', '第十七条第三款', '不能确定|保密工作部门', '不能确定是否可以公开时报请确定'
    UNION ALL SELECT 11, '第十四条第四款', '第十四条', '国家秘密', '国家秘密不予公开'
    UNION ALL SELECT 12, '第十四条第四款', '第十五条', '商业秘密|个人隐私|权利人同意', '第三方合法权益'
    UNION ALL SELECT 13, '第十五条', '第二十三条', '政府公报|政府网站|新闻发布会|便于公众知晓', '主动公开的途径'
    UNION ALL SELECT 14, '第十六条', '第二十五条', '查阅场所|国家档案馆|公共图书馆|公共查阅室', '查阅场所'
    UNION ALL SELECT 15, '第十七条', '第十条', '负责公开|制作该政府信息', '公开主体'
    UNION ALL SELECT 16, '第十八条', '第二十六条', '20个工作日|二十个工作日|形成或者变更', '主动公开期限'
    UNION ALL SELECT 17, '第十九条', '第十二条', '公开指南|公开目录', '指南和目录'
    UNION ALL SELECT 18, '第二十条', '第二十九条', '书面形式|数据电文', '申请形式'
    UNION ALL SELECT 19, '第二十一条', '第三十六条', '分别作出答复|不予公开范围|不存在', '答复类型'
    UNION ALL SELECT 20, '第二十一条', '第三十条', '更改、补充|申请内容不明确', '补正'
    UNION ALL SELECT 21, '第二十二条', '第三十七条', '区分处理', '区分处理'
    UNION ALL SELECT 22, '第二十三条', '第三十二条', '第三方|征求', '征求第三方意见'
    UNION ALL SELECT 23, '第二十四条', '第三十三条', '当场答复|15个工作日|答复期限|延长', '答复期限（2019年起为20个工作日）'
    UNION ALL SELECT 24, '第二十五条第二款', '第四十一条', '更正|记录不准确', '更正'
    UNION ALL SELECT 25, '第二十六条', '第四十条', '要求的形式', '提供形式'
    UNION ALL SELECT 26, '第二十七条', '第四十二条', '成本费用|收取|费用', '收费（2019年起原则上不收费）'
    UNION ALL SELECT 27, '第二十八条第二款', '第四十三条', '阅读困难|视听障碍', '必要的帮助'
    UNION ALL SELECT 28, '第二十九条', '第四十六条', '考核制度|社会评议|责任追究', '考核、评议和责任追究'
    UNION ALL SELECT 29, '第三十条', '第四十七条', '监督检查', '监督检查'
    UNION ALL SELECT 30, '第三十一条', '第四十九条', '年度报告|3月31日', '年度报告的公布'
    UNION ALL SELECT 31, '第三十二条', '第五十条', '年度报告', '年度报告的内容'
    UNION ALL SELECT 32, '第三十三条', '第五十一条', '举报|行政复议|行政诉讼', '投诉、举报和救济'
    UNION ALL SELECT 33, '第三十四条', '第五十二条', '未建立健全', '未建立制度、机制的责任'
    UNION ALL SELECT 34, '第三十五条', '第五十三条', '责令改正|处分', '违反条例的责任'
    UNION ALL SELECT 35, '第三十六条', '第五十四条', '法律、法规授权|管理公共事务职能', '授权组织'
    UNION ALL SELECT 36, '第三十七条', '第五十五条', '公共企事业单位', '公共企事业单位'
) c WHERE s.code = 'GOV_INFO_DISCLOSURE';

-- 网络安全法: the 2025 amendment inserted articles 3 and 20, so articles 19–40 of the 2016 text moved up by two
INSERT INTO statute_article_change (statute_id, seq, old_version, old_article, new_article, keywords, note)
SELECT s.id, c.seq, '2017-06-01', c.old_article, c.new_article, c.keywords, c.note FROM statute s JOIN (
    SELECT 1 AS seq, '第二十一条' AS old_article, '第二十三条' AS new_article, '等级保护|网络日志' AS keywords,
           '网络安全等级保护制度' AS note
    UNION ALL SELECT 2, '第四十条', '第四十二条', '用户信息', '用户信息保护制度'
    UNION ALL SELECT 3, '第四十一条', '第四十三条', '收集、使用个人信息', '收集、使用个人信息的规则'
    UNION ALL SELECT 4, '第四十二条', '第四十四条', '泄露、篡改、毁损', '个人信息安全'
) c WHERE s.code = 'CYBERSECURITY_LAW';

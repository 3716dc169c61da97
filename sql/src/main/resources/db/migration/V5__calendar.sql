-- Gongkai schema, part 5: the working-day calendar (DOMAIN.md "Working days", research/domain-facts.md §7).
-- A day not stored here follows the default rule: Monday–Friday WORKDAY, Saturday/Sunday WEEKEND. Stored rows are
-- the exceptions of the official holiday notice: HOLIDAY (放假, any weekday) and ADJUSTED_WORKDAY (调休上班, on a
-- Saturday or Sunday); a row may also restate the default (WORKDAY on Mon–Fri, WEEKEND on Sat/Sun).
-- updated_by NULL = loaded by this migration from the official notice.

-- the years whose official schedule is loaded; a deadline that counts a day of any other year is "provisional"
CREATE TABLE calendar_year (
    year       SMALLINT     NOT NULL,
    source     VARCHAR(200) NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    updated_by VARCHAR(64)  NULL,
    PRIMARY KEY (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_day (
    date       DATE         NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    source     VARCHAR(200) NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    updated_by VARCHAR(64)  NULL,
    PRIMARY KEY (date),
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('WORKDAY', 'WEEKEND', 'HOLIDAY', 'ADJUSTED_WORKDAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;


-- 2024: 国办发明电〔2023〕7号
INSERT INTO calendar_year (year, source, updated_at, updated_by) VALUES (2024, '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL);
INSERT INTO calendar_day (date, kind, source, updated_at, updated_by) VALUES
    -- 元旦: 1月1日（周一）放假
    ('2024-01-01', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    -- 春节: 2月10日（周六）至2月17日（周六），放假8天
    ('2024-02-10', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-02-11', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-02-12', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-02-13', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-02-14', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-02-15', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-02-16', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-02-17', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    -- 清明节: 4月4日（周四）至4月6日（周六），放假3天
    ('2024-04-04', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-04-05', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-04-06', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    -- 劳动节: 5月1日（周三）至5月5日（周日），放假5天
    ('2024-05-01', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-05-02', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-05-03', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-05-04', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-05-05', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    -- 端午节: 6月10日（周一）放假
    ('2024-06-10', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    -- 中秋节: 9月15日（周日）至9月17日（周二），放假3天
    ('2024-09-15', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-09-16', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-09-17', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    -- 国庆节: 10月1日（周二）至10月7日（周一），放假7天
    ('2024-10-01', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-10-02', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-10-03', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-10-04', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-10-05', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-10-06', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-10-07', 'HOLIDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    -- 调休上班: 2月4日（周日）、2月18日（周日）、4月7日（周日）、4月28日（周日）、5月11日（周六）、9月14日（周六）、9月29日（周日）、10月12日（周六）
    ('2024-02-04', 'ADJUSTED_WORKDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-02-18', 'ADJUSTED_WORKDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-04-07', 'ADJUSTED_WORKDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-04-28', 'ADJUSTED_WORKDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-05-11', 'ADJUSTED_WORKDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-09-14', 'ADJUSTED_WORKDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-09-29', 'ADJUSTED_WORKDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL),
    ('2024-10-12', 'ADJUSTED_WORKDAY', '国办发明电〔2023〕7号', UTC_TIMESTAMP(3), NULL);

-- 2025: 国办发明电〔2024〕12号
INSERT INTO calendar_year (year, source, updated_at, updated_by) VALUES (2025, '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL);
INSERT INTO calendar_day (date, kind, source, updated_at, updated_by) VALUES
    -- 元旦: 1月1日（周三）放假
    ('2025-01-01', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    -- 春节: 1月28日（周二）至2月4日（周二），放假8天
    ('2025-01-28', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-01-29', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-01-30', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-01-31', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-02-01', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-02-02', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-02-03', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-02-04', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    -- 清明节: 4月4日（周五）至4月6日（周日），放假3天
    ('2025-04-04', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-04-05', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-04-06', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    -- 劳动节: 5月1日（周四）至5月5日（周一），放假5天
    ('2025-05-01', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-05-02', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-05-03', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-05-04', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-05-05', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    -- 端午节: 5月31日（周六）至6月2日（周一），放假3天
    ('2025-05-31', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-06-01', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-06-02', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    -- 国庆节、中秋节: 10月1日（周三）至10月8日（周三），放假8天
    ('2025-10-01', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-10-02', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-10-03', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-10-04', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-10-05', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-10-06', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-10-07', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-10-08', 'HOLIDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    -- 调休上班: 1月26日（周日）、2月8日（周六）、4月27日（周日）、9月28日（周日）、10月11日（周六）
    ('2025-01-26', 'ADJUSTED_WORKDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-02-08', 'ADJUSTED_WORKDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-04-27', 'ADJUSTED_WORKDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-09-28', 'ADJUSTED_WORKDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL),
    ('2025-10-11', 'ADJUSTED_WORKDAY', '国办发明电〔2024〕12号', UTC_TIMESTAMP(3), NULL);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）
INSERT INTO calendar_year (year, source, updated_at, updated_by) VALUES (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL);
INSERT INTO calendar_day (date, kind, source, updated_at, updated_by) VALUES
    -- 元旦: 1月1日（周四）至1月3日（周六），放假3天
    ('2026-01-01', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-01-02', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-01-03', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    -- 春节: 2月15日（周日）至2月23日（周一），放假9天
    ('2026-02-15', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-02-16', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-02-17', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-02-18', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-02-19', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-02-20', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-02-21', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-02-22', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-02-23', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    -- 清明节: 4月4日（周六）至4月6日（周一），放假3天
    ('2026-04-04', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-04-05', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-04-06', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    -- 劳动节: 5月1日（周五）至5月5日（周二），放假5天
    ('2026-05-01', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-05-02', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-05-03', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-05-04', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-05-05', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    -- 端午节: 6月19日（周五）至6月21日（周日），放假3天
    ('2026-06-19', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-06-20', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-06-21', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    -- 中秋节: 9月25日（周五）至9月27日（周日），放假3天
    ('2026-09-25', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-09-26', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-09-27', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    -- 国庆节: 10月1日（周四）至10月7日（周三），放假7天
    ('2026-10-01', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-10-02', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-10-03', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-10-04', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-10-05', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-10-06', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-10-07', 'HOLIDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    -- 调休上班: 1月4日（周日）、2月14日（周六）、2月28日（周六）、5月9日（周六）、9月20日（周日）、10月10日（周六）
    ('2026-01-04', 'ADJUSTED_WORKDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-02-14', 'ADJUSTED_WORKDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-02-28', 'ADJUSTED_WORKDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-05-09', 'ADJUSTED_WORKDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-09-20', 'ADJUSTED_WORKDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL),
    ('2026-10-10', 'ADJUSTED_WORKDAY', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', UTC_TIMESTAMP(3), NULL);

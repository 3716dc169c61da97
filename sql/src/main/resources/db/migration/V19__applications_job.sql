-- Gongkai schema, part 19: the daily marking of due-soon, overdue and lapsed applications runs once a day across all
-- app instances: an instance claims the day by moving last_run_on forward (only one UPDATE succeeds).
CREATE TABLE disclosure_request_job (
    name        VARCHAR(32)  NOT NULL,
    last_run_on DATE         NULL,
    run_by      VARCHAR(200) NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO disclosure_request_job (name) VALUES ('due-marks');

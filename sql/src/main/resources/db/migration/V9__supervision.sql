-- Gongkai schema, part 9: what the supervision metrics (DOMAIN.md "Supervision metrics (exact definitions)") read.
--
-- supervised_item holds one narrow row per live published item (a published revision, not archived): the facts of
-- that revision that need Java to decide (element completeness from the content JSON, citation validity from the
-- statute registry) are decided once, at publication, and stored here, so every metric is a GROUP BY over this
-- table (joined to org_unit's materialized path) and never reads the wide item rows or their JSON.
-- Rows are written in the publishing / archiving transaction; basis_valid is recomputed when the registry changes.
CREATE TABLE supervised_item (
    item_id        BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    org_id         BIGINT        NOT NULL,
    -- the published revision's code and name, for the drill-down lists
    code           VARCHAR(64)   NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    revision       INT           NOT NULL,
    -- CATALOGUE: its domain; NEGATIVE: COMMON | SPECIFIC
    domain_code    VARCHAR(64)   NULL,
    part           VARCHAR(16)   NULL,
    -- CATALOGUE: all of DOMAIN.md's elements present; missing_elements lists the absent ones (comma-separated codes)
    complete       BOOLEAN       NOT NULL DEFAULT TRUE,
    missing_elements VARCHAR(300) NULL,
    nested         BOOLEAN       NOT NULL DEFAULT FALSE,
    -- NEGATIVE: every citation passes the statute-registry check; basis_problems says why not (Chinese, one per line)
    basis_valid    BOOLEAN       NOT NULL DEFAULT TRUE,
    basis_problems VARCHAR(2000) NULL,
    checked_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (item_id),
    KEY idx_supervised_item_org (org_id, kind, part, complete, nested, basis_valid),
    KEY idx_supervised_item_domain (kind, org_id, domain_code),
    CONSTRAINT fk_supervised_item_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_supervised_item_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- items waiting for review are counted by (status, submitted_at) whatever their kind
CREATE INDEX idx_item_pending ON item (status, submitted_at, org_id);

-- Monthly snapshots of each org's metrics over its subtree (counts; the rates are derived when read). One row per
-- org and month: the job upserts the current month, so the row ends up holding the month's last state, and several
-- app instances writing the same month write the same row.
CREATE TABLE supervision_snapshot (
    org_id            BIGINT      NOT NULL,
    month             DATE        NOT NULL,
    power_items       INT         NOT NULL,
    service_items     INT         NOT NULL,
    covered_power     INT         NOT NULL,
    covered_service   INT         NOT NULL,
    catalogue_items   INT         NOT NULL,
    complete_items    INT         NOT NULL,
    nested_items      INT         NOT NULL,
    negative_items    INT         NOT NULL,
    valid_basis_items INT         NOT NULL,
    overdue_reviews   INT         NOT NULL,
    covered_domains   INT         NOT NULL,
    active_domains    INT         NOT NULL,
    taken_at          DATETIME(3) NOT NULL,
    PRIMARY KEY (org_id, month),
    CONSTRAINT fk_supervision_snapshot_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Scheduled jobs that must run once a day across all app instances: an instance claims the day by moving
-- last_run_on forward in one UPDATE; the instance whose UPDATE changed the row runs the job.
CREATE TABLE supervision_job (
    name        VARCHAR(64) NOT NULL,
    last_run_on DATE        NULL,
    run_by      VARCHAR(200) NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO supervision_job (name, last_run_on, run_by) VALUES ('MONTHLY_SNAPSHOT', NULL, NULL);

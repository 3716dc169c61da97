-- Public search (issue #5): the index rebuild jobs and the leases that let only one app instance run a search job.
-- The outbox itself is Spring Modulith's EVENT_PUBLICATION table (V3__items.sql, schema v2 of spring-modulith 2.1
-- with STATUS / COMPLETION_ATTEMPTS / LAST_RESUBMISSION_DATE, created there and not changed here).

-- One row per rebuild of the search index (POST /api/v1/admin/search/reindex). `running` is 1 while the job runs
-- and NULL afterwards: the unique key lets at most one job run at a time across all app instances.
CREATE TABLE search_reindex_job (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    status       VARCHAR(16)   NOT NULL,
    running      TINYINT       NULL,
    index_name   VARCHAR(128)  NOT NULL,
    total        INT           NOT NULL DEFAULT 0,
    processed    INT           NOT NULL DEFAULT 0,
    error        VARCHAR(1000) NULL,
    started_by   VARCHAR(64)   NOT NULL,
    started_at   DATETIME(3)   NOT NULL,
    heartbeat_at DATETIME(3)   NOT NULL,
    finished_at  DATETIME(3)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_search_reindex_job_running (running)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A lease per scheduled search job (reconciliation): the instance that moves expires_at forward runs the job.
CREATE TABLE search_lease (
    name       VARCHAR(64)  NOT NULL,
    holder     VARCHAR(128) NULL,
    expires_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO search_lease (name, holder, expires_at) VALUES ('reconcile', NULL, '2000-01-01 00:00:00');

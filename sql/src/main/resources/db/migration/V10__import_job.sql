-- Gongkai schema, part 10: Excel import jobs (API.md "Excel import / export").
--
-- An import runs in the background on the instance that received the upload; its state lives here so that any
-- instance behind the load balancer can answer GET /api/v1/imports/{jobId}. A RUNNING job beats its heartbeat
-- while it works; one whose heartbeat has gone stale (its instance stopped) is reported as FAILED, never left
-- hanging. The uploaded workbook is kept in chunks (each below max_allowed_packet) until the job ends, and after a
-- failed job for errors.xlsx: the uploaded rows with an error column. org_id is informational (no foreign key: a
-- finished job must not keep an emptied org from being deleted).

CREATE TABLE import_job (
    id           VARCHAR(36)  NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    org_id       BIGINT       NOT NULL,
    file_name    VARCHAR(255) NULL,
    status       VARCHAR(16)  NOT NULL,
    -- VALIDATING, then WRITING while RUNNING
    phase        VARCHAR(16)  NULL,
    total        INT          NULL,
    processed    INT          NOT NULL DEFAULT 0,
    imported     INT          NOT NULL DEFAULT 0,
    error_count  INT          NOT NULL DEFAULT 0,
    -- JSON array [{row, column, message}]
    errors       LONGTEXT     NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    heartbeat_at DATETIME(3)  NOT NULL,
    finished_at  DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY idx_import_job_status (status, heartbeat_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_job_file (
    job_id VARCHAR(36) NOT NULL,
    seq    INT         NOT NULL,
    data   MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_import_job_file_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

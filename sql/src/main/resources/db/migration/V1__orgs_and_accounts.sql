-- Gongkai schema, part 1: organisations, accounts, security policy, audit log.
-- MySQL 8 / MariaDB 10.6+ dialect. All instants are DATETIME(3) in UTC (the connection forces time_zone to UTC).

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    short_name  VARCHAR(100) NULL,
    type        VARCHAR(16)  NOT NULL,
    level       TINYINT      NOT NULL,
    parent_id   BIGINT       NULL,
    -- materialized path of ids, e.g. '/1/5/23/': a subtree is path LIKE '/1/5/%' (index range scan)
    path        VARCHAR(700) CHARACTER SET ascii NOT NULL,
    region_code VARCHAR(12)  NULL,
    credit_code CHAR(18)     NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    version     INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_org_unit_code (code),
    KEY idx_org_unit_parent (parent_id, sort_order),
    KEY idx_org_unit_path (path),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    username                 VARCHAR(64)  NOT NULL,
    display_name             VARCHAR(100) NOT NULL,
    org_id                   BIGINT       NULL,
    password_hash            VARCHAR(255) NOT NULL,
    password_changed_at      DATETIME(3)  NOT NULL,
    password_change_required BOOLEAN      NOT NULL DEFAULT TRUE,
    data_scope               VARCHAR(16)  NOT NULL DEFAULT 'OWN_ORGS',
    enabled                  BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts          INT          NOT NULL DEFAULT 0,
    locked_until             DATETIME(3)  NULL,
    last_login_at            DATETIME(3)  NULL,
    version                  INT          NOT NULL DEFAULT 0,
    created_at               DATETIME(3)  NOT NULL,
    updated_at               DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_account_username (username),
    KEY idx_user_account_org (org_id),
    CONSTRAINT fk_user_account_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 兼职: further orgs of a user; the data scope is the union with the primary org
CREATE TABLE user_extra_org (
    user_id BIGINT NOT NULL,
    org_id  BIGINT NOT NULL,
    PRIMARY KEY (user_id, org_id),
    KEY idx_user_extra_org_org (org_id),
    CONSTRAINT fk_user_extra_org_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_extra_org_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- one row: the password and lockout policy the SECURITY_ADMIN sets (等保 2.0 8.1.4.1)
CREATE TABLE security_policy (
    id                     TINYINT     NOT NULL,
    min_length             INT         NOT NULL,
    min_char_classes       INT         NOT NULL,
    expiry_days            INT         NOT NULL,
    max_failed_attempts    INT         NOT NULL,
    lock_minutes           INT         NOT NULL,
    idle_timeout_minutes   INT         NOT NULL,
    updated_at             DATETIME(3) NOT NULL,
    updated_by             VARCHAR(64) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_security_policy_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO security_policy (id, min_length, min_char_classes, expiry_days, max_failed_attempts, lock_minutes,
                             idle_timeout_minutes, updated_at)
VALUES (1, 8, 3, 90, 5, 30, 30, UTC_TIMESTAMP(3));

-- append-only through the application: there is no UPDATE or DELETE statement for this table in the code.
-- Production grants the application account INSERT and SELECT only (deploy/README.md).
CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    at          DATETIME(3)  NOT NULL,
    actor_id    BIGINT       NULL,
    actor       VARCHAR(64)  NULL,
    action      VARCHAR(48)  NOT NULL,
    target_type VARCHAR(32)  NULL,
    target_id   VARCHAR(64)  NULL,
    ip          VARCHAR(45)  NULL,
    outcome     VARCHAR(16)  NOT NULL,
    detail      MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    KEY idx_audit_log_at (at),
    KEY idx_audit_log_actor_at (actor, at),
    KEY idx_audit_log_action_at (action, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

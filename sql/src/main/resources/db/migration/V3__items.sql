-- Gongkai schema, part 3: the item machinery shared by the four lists (权责清单, 公共服务清单, 政务公开事项目录,
-- 负面清单) and the event publication registry (Spring Modulith outbox).
--
-- item holds the working copy (the draft, when one exists); item_revision holds every published revision,
-- immutably; the public only ever reads item_revision. Kind-specific fields are a JSON document (`content`);
-- the few that lists filter on are copied into columns.

CREATE TABLE item (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(16)  NOT NULL,
    org_id         BIGINT       NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    name           VARCHAR(300) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    -- the published revision the public sees; NULL until first publication
    revision       INT          NULL,
    change_reason  VARCHAR(500) NULL,
    content        LONGTEXT     NOT NULL,
    category       VARCHAR(32)  NULL,
    domain_code    VARCHAR(64)  NULL,
    part           VARCHAR(16)  NULL,
    parent_id      BIGINT       NULL,
    created_at     DATETIME(3)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    updated_by     VARCHAR(64)  NOT NULL,
    submitted_at   DATETIME(3)  NULL,
    submitted_by   VARCHAR(64)  NULL,
    published_at   DATETIME(3)  NULL,
    archived_at    DATETIME(3)  NULL,
    archive_reason VARCHAR(500) NULL,
    -- codes are unique per org and list among non-archived items: archived rows drop out of the unique key
    active_code    VARCHAR(64)  AS (CASE WHEN status <> 'ARCHIVED' THEN code END) STORED,
    PRIMARY KEY (id),
    UNIQUE KEY uk_item_active_code (kind, org_id, active_code),
    KEY idx_item_org_status (kind, org_id, status),
    KEY idx_item_status (kind, status, submitted_at),
    KEY idx_item_parent (parent_id),
    CONSTRAINT fk_item_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE item_revision (
    item_id       BIGINT       NOT NULL,
    revision      INT          NOT NULL,
    code          VARCHAR(64)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    content       LONGTEXT     NOT NULL,
    category      VARCHAR(32)  NULL,
    domain_code   VARCHAR(64)  NULL,
    part          VARCHAR(16)  NULL,
    parent_id     BIGINT       NULL,
    change_reason VARCHAR(500) NULL,
    published_at  DATETIME(3)  NOT NULL,
    published_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (item_id, revision),
    CONSTRAINT fk_item_revision_item FOREIGN KEY (item_id) REFERENCES item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE item_transition (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    item_id     BIGINT       NOT NULL,
    at          DATETIME(3)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    from_status VARCHAR(16)  NULL,
    to_status   VARCHAR(16)  NOT NULL,
    comment     VARCHAR(1000) NULL,
    revision    INT          NULL,
    PRIMARY KEY (id),
    KEY idx_item_transition_item (item_id, id),
    CONSTRAINT fk_item_transition_item FOREIGN KEY (item_id) REFERENCES item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spring Modulith's event publication registry (spring-modulith-events-jdbc, schemas/v2/schema-mysql.sql):
-- events of a committed transaction are stored here and retried until their listeners complete.
CREATE TABLE EVENT_PUBLICATION (
    ID                     VARCHAR(36)   NOT NULL,
    LISTENER_ID            VARCHAR(512)  NOT NULL,
    EVENT_TYPE             VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6)  NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6)  NULL DEFAULT NULL,
    STATUS                 VARCHAR(20)   NULL,
    COMPLETION_ATTEMPTS    INT           NULL,
    LAST_RESUBMISSION_DATE TIMESTAMP(6)  NULL DEFAULT NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

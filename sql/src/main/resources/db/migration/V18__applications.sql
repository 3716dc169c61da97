-- Gongkai schema, part 18: the register of 依申请公开 applications (政府信息公开申请), their steps and the
-- negative-list items a refusal cites.
--
-- The statutory clock is kept as its inputs (clock_start, extension_days, paused_days, paused_since); due_date is
-- derived from them on every write so lists can filter by it, and is NULL while the clock does not run (waiting for
-- the applicant's 补正, or paused by a consultation). due_flag is what the daily job last marked (SOON / OVERDUE).
CREATE TABLE disclosure_request (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    org_id              BIGINT        NOT NULL,
    receipt_number      VARCHAR(32)   NOT NULL,
    -- SHA-256 (hex) of the lookup code given to the applicant; the code itself is never stored
    lookup_code_hash    CHAR(64)      NOT NULL,
    applicant_type      VARCHAR(16)   NOT NULL,
    applicant_subtype   VARCHAR(16)   NULL,
    applicant_name      VARCHAR(200)  NOT NULL,
    id_type             VARCHAR(32)   NOT NULL,
    id_number           VARCHAR(64)   NOT NULL,
    phone               VARCHAR(32)   NULL,
    email               VARCHAR(200)  NULL,
    address             VARCHAR(500)  NULL,
    description         TEXT          NOT NULL,
    doc_number          VARCHAR(200)  NULL,
    form                VARCHAR(16)   NOT NULL,
    delivery            VARCHAR(16)   NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    received_on         DATE          NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    clock_start         DATE          NOT NULL,
    correction_sent_on  DATE          NULL,
    applicant_deadline  DATE          NULL,
    correction_received_on DATE       NULL,
    extension_days      INT           NOT NULL DEFAULT 0,
    extension_reason    VARCHAR(500)  NULL,
    paused_days         INT           NOT NULL DEFAULT 0,
    paused_since        DATE          NULL,
    consultation_kind   VARCHAR(16)   NULL,
    due_date            DATE          NULL,
    due_flag            VARCHAR(8)    NULL,
    outcome             VARCHAR(32)   NULL,
    answer_text         TEXT          NULL,
    answered_on         DATE          NULL,
    article             VARCHAR(200)  NULL,
    archived_on         DATE          NULL,
    created_at          DATETIME(3)   NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_disclosure_request_receipt (receipt_number),
    KEY idx_disclosure_request_org (org_id, status, due_date),
    KEY idx_disclosure_request_received (org_id, received_on),
    KEY idx_disclosure_request_answered (org_id, answered_on),
    CONSTRAINT fk_disclosure_request_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every step of 登记、审核、办理、答复、归档: who, when, why, and the date the step took effect (a 补正 received by
-- post counts from its signing date, not from the day it was entered)
CREATE TABLE disclosure_request_step (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    request_id  BIGINT        NOT NULL,
    at          DATETIME(3)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    from_status VARCHAR(24)   NULL,
    to_status   VARCHAR(24)   NOT NULL,
    effective_on DATE         NOT NULL,
    comment     VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    KEY idx_disclosure_request_step (request_id, id),
    CONSTRAINT fk_disclosure_request_step FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the negative-list items a refusal (不予公开, or the withheld part of 部分公开) rests on, as published when cited
CREATE TABLE disclosure_request_citation (
    request_id       BIGINT       NOT NULL,
    negative_item_id BIGINT       NOT NULL,
    item_code        VARCHAR(64)  NOT NULL,
    item_name        VARCHAR(300) NOT NULL,
    category         VARCHAR(32)  NOT NULL,
    cited_on         DATE         NOT NULL,
    PRIMARY KEY (request_id, negative_item_id),
    KEY idx_disclosure_citation_item (negative_item_id, cited_on),
    CONSTRAINT fk_disclosure_citation_request FOREIGN KEY (request_id) REFERENCES disclosure_request (id),
    CONSTRAINT fk_disclosure_citation_item FOREIGN KEY (negative_item_id) REFERENCES item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 报备: a supervisor's opinion on a filed refusal (AGREE 同意 / OBJECTION 有异议)
CREATE TABLE disclosure_refusal_opinion (
    request_id  BIGINT        NOT NULL,
    opinion     VARCHAR(16)   NOT NULL,
    comment     VARCHAR(2000) NULL,
    given_at    DATETIME(3)   NOT NULL,
    given_by    VARCHAR(64)   NOT NULL,
    PRIMARY KEY (request_id),
    CONSTRAINT fk_disclosure_refusal_opinion FOREIGN KEY (request_id) REFERENCES disclosure_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

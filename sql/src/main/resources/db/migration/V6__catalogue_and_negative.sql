-- Gongkai schema, part 6: what the 政务公开事项目录 and the 负面清单 keep beside the item machinery.

-- A catalogue item's links to the power/service items (and optionally one of their process steps) it discloses.
-- WORKING mirrors the working copy (the console shows drafts' links); PUBLISHED mirrors the published revision and
-- is what the public and the supervision metrics read. Replaced as a whole on every save / publication.
CREATE TABLE catalogue_source (
    catalogue_id BIGINT      NOT NULL,
    stage        VARCHAR(16) NOT NULL,
    source_kind  VARCHAR(16) NOT NULL,
    source_id    BIGINT      NOT NULL,
    step_seq     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (catalogue_id, stage, source_id, step_seq),
    KEY idx_catalogue_source_source (source_id, stage, catalogue_id),
    CONSTRAINT fk_catalogue_source_catalogue FOREIGN KEY (catalogue_id) REFERENCES item (id),
    CONSTRAINT fk_catalogue_source_source FOREIGN KEY (source_id) REFERENCES item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 未涉及领域说明: an org declares a standard-catalogue domain not applicable to it, with the reason.
CREATE TABLE org_domain_exemption (
    org_id      BIGINT        NOT NULL,
    domain_code VARCHAR(64)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    declared_at DATETIME(3)   NOT NULL,
    declared_by VARCHAR(64)   NOT NULL,
    PRIMARY KEY (org_id, domain_code),
    CONSTRAINT fk_org_domain_exemption_org FOREIGN KEY (org_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 定期审查 (条例 art 18) of a published negative item: when it is due and when it was last reviewed. Kept outside
-- the item's content because a review changes no content and makes no revision.
CREATE TABLE negative_review (
    item_id          BIGINT        NOT NULL,
    interval_months  INT           NOT NULL,
    next_review_at   DATE          NOT NULL,
    last_reviewed_at DATETIME(3)   NULL,
    last_reviewed_by VARCHAR(64)   NULL,
    last_comment     VARCHAR(1000) NULL,
    PRIMARY KEY (item_id),
    KEY idx_negative_review_due (next_review_at),
    CONSTRAINT fk_negative_review_item FOREIGN KEY (item_id) REFERENCES item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Login hardening: failure counters taken and checked atomically in the database (several app instances share
-- them), keyed per client address and per (account, client address), and the password history.

-- One row per counter. throttle_key is 'S|<address>' for a client address, 'A|<user id or name hash>|<address>'
-- for an account seen from one address. failures counts the wrong passwords (a login in progress counts as one
-- until its password proved right); blocked_until is when the address may try again / the account lock ends.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(190) CHARACTER SET ascii NOT NULL,
    user_id       BIGINT      NULL,
    failures      INT         NOT NULL DEFAULT 0,
    blocked_until DATETIME(3) NULL,
    updated_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (throttle_key),
    KEY idx_login_throttle_user (user_id),
    KEY idx_login_throttle_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The hashes of the passwords each user had before the current one (a row is added whenever a password is
-- replaced): a new password may be neither the current one nor one of the four before it. Only hashes are kept.
CREATE TABLE password_history (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    user_id       BIGINT       NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_password_history_user (user_id, id),
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;


-- Make audit_log append-only for the application account (等保 2.0: audit records protected against deletion
-- and change). For external MySQL/MariaDB; the embedded default grants this way by itself after every migration.
-- Run as root after the application's first start has created the tables, and again after an upgrade that adds
-- tables:
--   docker compose exec -T mysql mysql -uroot -p"$MYSQL_ROOT_PASSWORD" gongkai < deploy/audit-append-only.sql
-- MySQL cannot subtract a table from a schema-wide grant, so the schema-wide DML grant is replaced by per-table
-- grants: full DML on every table except audit_log, SELECT + INSERT on audit_log. DDL stays schema-wide for Flyway.
DROP PROCEDURE IF EXISTS gongkai_narrow_grants;
DELIMITER //
CREATE PROCEDURE gongkai_narrow_grants()
BEGIN
  DECLARE done INT DEFAULT FALSE;
  DECLARE t VARCHAR(64);
  DECLARE cur CURSOR FOR SELECT table_name FROM information_schema.tables
                         WHERE table_schema = 'gongkai' AND table_name <> 'audit_log';
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
  REVOKE ALL PRIVILEGES ON gongkai.* FROM 'gongkai'@'%';
  GRANT CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW, LOCK TABLES ON gongkai.* TO 'gongkai'@'%';
  OPEN cur;
  grant_loop: LOOP
    FETCH cur INTO t;
    IF done THEN LEAVE grant_loop; END IF;
    SET @g = CONCAT('GRANT SELECT, INSERT, UPDATE, DELETE ON gongkai.`', t, '` TO ''gongkai''@''%''');
    PREPARE s FROM @g; EXECUTE s; DEALLOCATE PREPARE s;
  END LOOP;
  CLOSE cur;
  GRANT SELECT, INSERT ON gongkai.audit_log TO 'gongkai'@'%';
END //
DELIMITER ;
CALL gongkai_narrow_grants();
DROP PROCEDURE gongkai_narrow_grants;
FLUSH PRIVILEGES;

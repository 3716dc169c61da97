-- Runs once when the MySQL volume is created. Flyway (run by the app) creates the tables; the app account gets
-- full rights on the schema except that the audit log is append-only: after the first start, run
-- deploy/audit-append-only.sql as root (the table must exist before its grants can be narrowed).
GRANT ALL PRIVILEGES ON gongkai.* TO 'gongkai'@'%';

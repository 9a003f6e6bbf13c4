-- Synthetic national data for bench/program/run.sh (never loaded by the application): one criteria
-- set flagged as synthetic (10 criteria, 47 indicators, thresholds per commune group 1–3), a commune
-- group for each of the 3,321 communes in force on 1 January 2026, and 8 periods of scorecards with
-- values. Random but repeatable (setseed).
\set ON_ERROR_STOP on
SELECT setseed(0.2026);
BEGIN;

INSERT INTO criteria_set (code, name, legal_basis, valid_from, valid_to, level, threshold_key, verified, source)
VALUES ('BENCH-SYN', 'Bộ tiêu chí tổng hợp – dữ liệu giả lập để đo hiệu năng', 'Không có (dữ liệu giả lập)',
        DATE '2026-01-01', DATE '2030-12-31', 'ADVANCED', 'COMMUNE_GROUP', false, 'SYNTHETIC: bench/program/data.sql');

INSERT INTO criterion (set_id, number, name, verified, source)
SELECT s.id, n, 'Tiêu chí giả lập ' || n, false, 'SYNTHETIC'
FROM criteria_set s, generate_series(1, 10) n WHERE s.code = 'BENCH-SYN';

-- Criteria 1–7 have 5 indicators, 8–10 have 4: 47. Every third is "đạt/không đạt", the rest percentages.
INSERT INTO indicator (set_id, criterion_id, code, name, unit, comparison, source, illustrative)
SELECT c.set_id, c.id, c.number || '.' || k, 'Chỉ tiêu giả lập ' || c.number || '.' || k,
       CASE WHEN k % 3 = 0 THEN NULL ELSE '%' END,
       CASE k % 3 WHEN 0 THEN 'MET' WHEN 1 THEN 'AT_LEAST' ELSE 'AT_MOST' END, 'SYNTHETIC', true
FROM criterion c JOIN criteria_set s ON s.id = c.set_id AND s.code = 'BENCH-SYN'
CROSS JOIN generate_series(1, 5) k
WHERE k <= CASE WHEN c.number <= 7 THEN 5 ELSE 4 END;

INSERT INTO indicator_threshold (indicator_id, key_value, year, value)
SELECT i.id, g::text, NULL, CASE i.comparison WHEN 'AT_LEAST' THEN 55 + 5 * g ELSE 25 - 5 * g END
FROM indicator i JOIN criteria_set s ON s.id = i.set_id AND s.code = 'BENCH-SYN'
CROSS JOIN generate_series(1, 3) g
WHERE i.comparison <> 'MET';

CREATE TEMP TABLE bench_commune AS
SELECT id, code FROM administrative_unit
WHERE level = 'COMMUNE' AND (valid_from IS NULL OR valid_from <= DATE '2026-01-01')
  AND (valid_to IS NULL OR valid_to >= DATE '2026-01-01');

INSERT INTO commune_classification (unit_id, kind, value, valid_from, decided_by, illustrative)
SELECT id, 'COMMUNE_GROUP', (1 + floor(random() * 3))::int::text, DATE '2025-07-01', 'SYNTHETIC', true
FROM bench_commune;

INSERT INTO criteria_assessment (unit_id, set_id, period, status, changed_at, illustrative)
SELECT c.id, s.id, p, CASE WHEN random() < 0.6 THEN 'VERIFIED' ELSE 'SUBMITTED' END, now(), true
FROM bench_commune c, criteria_set s,
     unnest(ARRAY['2026-Q1', '2026-6T', '2026-9T', '2026', '2027-Q1', '2027-6T', '2027-9T', '2027']) p
WHERE s.code = 'BENCH-SYN';

-- About 2 % of values are missing ("chưa nhập"); percentages spread so that most but not all are met.
INSERT INTO assessment_value (assessment_id, indicator_id, value, met, entered_by, entered_at)
SELECT a.id, i.id,
       CASE WHEN i.comparison = 'MET' THEN NULL
            WHEN i.comparison = 'AT_LEAST' THEN round((50 + random() * 50)::numeric, 1)
            ELSE round((random() * 25)::numeric, 1) END,
       CASE WHEN i.comparison = 'MET' THEN random() < 0.85 END,
       'bench', now()
FROM criteria_assessment a JOIN indicator i ON i.set_id = a.set_id
WHERE a.set_id = (SELECT id FROM criteria_set WHERE code = 'BENCH-SYN') AND random() > 0.02;

-- An administrator to log in with (password giupxa-demo-2026, BCrypt as the application stores it).
CREATE EXTENSION IF NOT EXISTS pgcrypto;
INSERT INTO account (username, password_hash, display_name, unrestricted_scope, password_changed_at)
VALUES ('bench.admin', crypt('giupxa-demo-2026', gen_salt('bf', 12)), 'Benchmark administrator', true, now());
INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE username = 'bench.admin';

COMMIT;
ANALYZE;

SELECT (SELECT count(*) FROM bench_commune) AS communes,
       (SELECT count(*) FROM indicator i JOIN criteria_set s ON s.id = i.set_id WHERE s.code = 'BENCH-SYN') AS indicators,
       (SELECT count(*) FROM criteria_assessment) AS scorecards,
       (SELECT count(*) FROM assessment_value) AS "values";

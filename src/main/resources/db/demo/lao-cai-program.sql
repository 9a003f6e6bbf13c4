-- Demo data of the program module ("số liệu minh họa"): illustrative indicators and thresholds for the
-- 2026–2030 commune set (the real annex arrives by XLSX import), commune groups, scorecards, a
-- recognition of an old commune and plan targets for a few Lào Cai communes. Every row is flagged
-- illustrative and shown with the "Số liệu minh họa" badge.

INSERT INTO indicator (set_id, criterion_id, code, name, unit, comparison, source, illustrative)
SELECT s.id, c.id, i.code, i.name, i.unit, i.comparison, 'Số liệu minh họa', true
FROM criteria_set s
JOIN (VALUES
 (1, '1.1', 'Quy hoạch chung xã được phê duyệt và công bố', NULL, 'MET'),
 (2, '2.1', 'Tỷ lệ đường xã được cứng hóa', '%', 'AT_LEAST'),
 (3, '3.1', 'Thu nhập bình quân đầu người', 'triệu đồng/người/năm', 'AT_LEAST'),
 (4, '4.1', 'Tỷ lệ lao động qua đào tạo', '%', 'AT_LEAST'),
 (5, '5.1', 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 'AT_LEAST'),
 (6, '6.1', 'Tỷ lệ hộ nghèo đa chiều', '%', 'AT_MOST'),
 (7, '7.1', 'Có mô hình ứng dụng chuyển đổi số', NULL, 'MET'),
 (8, '8.1', 'Tỷ lệ hộ có nhà tiêu hợp vệ sinh', '%', 'AT_LEAST'),
 (9, '9.1', 'Đạt chuẩn chính quyền điện tử cấp xã', NULL, 'MET'),
 (10, '10.1', 'Đạt chuẩn an toàn về an ninh, trật tự', NULL, 'MET')
) AS i (criterion_number, code, name, unit, comparison) ON true
JOIN criterion c ON c.set_id = s.id AND c.number = i.criterion_number
WHERE s.code = 'XA-NTM-2026-2030';

INSERT INTO indicator_threshold (indicator_id, key_value, value)
SELECT i.id, t.key_value, t.value
FROM indicator i JOIN criteria_set s ON s.id = i.set_id
JOIN (VALUES
 ('2.1', '1', 100), ('2.1', '2', 90), ('2.1', '3', 70),
 ('3.1', '1', 80), ('3.1', '2', 65), ('3.1', '3', 50),
 ('4.1', '1', 80), ('4.1', '2', 70), ('4.1', '3', 60),
 ('5.1', '1', 95), ('5.1', '2', 95), ('5.1', '3', 95),
 ('6.1', '1', 1), ('6.1', '2', 3), ('6.1', '3', 8),
 ('8.1', '1', 95), ('8.1', '2', 90), ('8.1', '3', 80)
) AS t (code, key_value, value) ON t.code = i.code
WHERE s.code = 'XA-NTM-2026-2030';

CREATE TEMP TABLE demo_commune ON COMMIT DROP AS
SELECT u.code, u.id FROM administrative_unit u
WHERE u.level = 'COMMUNE' AND u.valid_from = DATE '2025-07-01' AND u.code IN ('02839', '02848', '02701', '03037');

INSERT INTO commune_classification (unit_id, kind, value, valid_from, decided_by, illustrative)
SELECT d.id, 'COMMUNE_GROUP', g.grp, DATE '2026-02-15', 'Số liệu minh họa', true
FROM demo_commune d JOIN (VALUES ('02839', '3'), ('02848', '3'), ('02701', '3'), ('03037', '2')) AS g (code, grp)
  ON g.code = d.code;

INSERT INTO criteria_assessment (unit_id, set_id, period, status, submitted_by, submitted_at, verified_by, verified_at,
                                 changed_at, illustrative)
SELECT d.id, (SELECT id FROM criteria_set WHERE code = 'XA-NTM-2026-2030'), '2026', a.status,
       CASE WHEN a.status IN ('SUBMITTED', 'VERIFIED') THEN 'xa.demo' END,
       CASE WHEN a.status IN ('SUBMITTED', 'VERIFIED') THEN now() END,
       CASE WHEN a.status = 'VERIFIED' THEN 'vpdp' END, CASE WHEN a.status = 'VERIFIED' THEN now() END, now(), true
FROM demo_commune d JOIN (VALUES ('02839', 'DRAFT'), ('02848', 'VERIFIED'), ('02701', 'SUBMITTED'), ('03037', 'DRAFT'))
  AS a (code, status) ON a.code = d.code;

INSERT INTO assessment_value (assessment_id, indicator_id, value, met, evidence, entered_by, entered_at)
SELECT a.id, i.id, v.value, v.met, 'Số liệu minh họa', 'xa.demo', now()
FROM criteria_assessment a
JOIN demo_commune d ON d.id = a.unit_id
JOIN (VALUES
 ('02839', '1.1', NULL, true), ('02839', '2.1', 75, NULL), ('02839', '3.1', 42, NULL), ('02839', '4.1', 61, NULL),
 ('02839', '5.1', 96, NULL), ('02839', '6.1', 9.5, NULL), ('02839', '8.1', 82, NULL), ('02839', '10.1', NULL, true),
 ('02848', '1.1', NULL, true), ('02848', '2.1', 72, NULL), ('02848', '3.1', 51, NULL), ('02848', '4.1', 63, NULL),
 ('02848', '5.1', 97, NULL), ('02848', '6.1', 7.2, NULL), ('02848', '7.1', NULL, false), ('02848', '8.1', 85, NULL),
 ('02848', '9.1', NULL, true), ('02848', '10.1', NULL, true),
 ('02701', '1.1', NULL, true), ('02701', '2.1', 55, NULL), ('02701', '3.1', 38, NULL), ('02701', '6.1', 21.4, NULL),
 ('03037', '1.1', NULL, true), ('03037', '2.1', 92, NULL), ('03037', '3.1', 66, NULL), ('03037', '4.1', 71, NULL),
 ('03037', '5.1', 96, NULL), ('03037', '6.1', 2.5, NULL), ('03037', '7.1', NULL, true), ('03037', '8.1', 91, NULL),
 ('03037', '9.1', NULL, true), ('03037', '10.1', NULL, false)
) AS v (code, indicator_code, value, met) ON v.code = d.code
JOIN indicator i ON i.set_id = a.set_id AND i.code = v.indicator_code;

-- A recognition of one of the old communes Xã Bắc Hà was formed from (shown on the new commune through the lineage).
INSERT INTO recognition (unit_id, kind, standard, decision_number, decided_on, note, illustrative)
SELECT l.predecessor_id, 'RECOGNISED', 'BASIC', '1234/QĐ-UBND', DATE '2023-12-20', 'Số liệu minh họa', true
FROM unit_lineage l JOIN demo_commune d ON d.id = l.successor_id
WHERE d.code = '02839'
ORDER BY l.predecessor_id LIMIT 1;

INSERT INTO plan_target (unit_id, component_id, indicator_id, name, measure_unit, period, planned, illustrative)
SELECT d.id, c.id, NULL, 'Số hộ nghèo được hỗ trợ nhà ở', 'hộ', '2026', 40, true
FROM demo_commune d, program_component c JOIN target_program p ON p.id = c.program_id
WHERE d.code = '02839' AND p.code = 'MTQG-2026-2035' AND c.number = '1';

INSERT INTO plan_target (unit_id, component_id, indicator_id, name, measure_unit, period, planned, illustrative)
SELECT d.id, NULL, i.id, 'Tỷ lệ đường xã được cứng hóa', '%', '2026-2030', 90, true
FROM demo_commune d, indicator i JOIN criteria_set s ON s.id = i.set_id
WHERE d.code = '02839' AND s.code = 'XA-NTM-2026-2030' AND i.code = '2.1';

INSERT INTO target_actual (target_id, period, value, reported_by, reported_at)
SELECT t.id, a.period, a.value, 'xa.demo', now()
FROM plan_target t JOIN (VALUES ('2026-Q1', 6), ('2026-6T', 15)) AS a (period, value) ON true
WHERE t.name = 'Số hộ nghèo được hỗ trợ nhà ở' AND t.illustrative;

-- Demo data of the assignment module ("Dữ liệu minh họa"): one issued decision of the Lào Cai People's
-- Committee for 2026 assigning leaders of demo agencies to communes, with help teams, two sponsorships and the
-- handover of the Sở NN&MT director's seat on 01/04/2026 (recorded in the demo directory), and a change of the
-- Bắc Hà help team after issue. The decision number,
-- signer and legal basis are invented.

INSERT INTO assignment_decision (tier, issuer_unit_id, year, number, title, signed_on, signer_name, signer_title,
                                 legal_basis, status, issued_at)
SELECT 'PROVINCE', u.id, 2026, '05/QĐ-UBND',
       'Về việc phân công lãnh đạo các cơ quan, đơn vị giúp đỡ các xã thực hiện các Chương trình mục tiêu quốc gia năm 2026',
       DATE '2026-01-05', 'Lê Văn Minh', 'Chủ tịch',
       'Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;' || chr(10) ||
       'Căn cứ Kế hoạch thực hiện các Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030 của tỉnh (dữ liệu minh họa);' || chr(10) ||
       'Theo đề nghị của Văn phòng Điều phối nông thôn mới tỉnh.',
       'ISSUED', TIMESTAMPTZ '2026-01-05 09:00:00+07'
FROM administrative_unit u WHERE u.level = 'PROVINCE' AND u.code = '15' AND u.valid_from = DATE '2025-07-01';

INSERT INTO assignment (decision_id, kind, agency_id, position_id, unit_id, start_on)
SELECT d.id, x.kind, ag.id, p.id, u.id, DATE '2026-01-05'
FROM (VALUES
 (1, 'HELP', 'LCI-SNNMT', 'Phó Giám đốc phụ trách nông thôn mới', '02839'),
 (2, 'HELP', 'LCI-SNNMT', 'Phó Giám đốc phụ trách nông thôn mới', '02848'),
 (3, 'HELP', 'LCI-SNNMT', 'Giám đốc', '02701'),
 (4, 'HELP', 'LCI-SNV', 'Giám đốc', '02701'),
 (5, 'HELP', 'LCI-STC', 'Giám đốc', '03037'),
 (6, 'HELP', 'LCI-SXD', 'Giám đốc', '02848'),
 (7, 'HELP', 'LCI-STC', 'Phó Giám đốc', '02683'),
 (8, 'HELP', 'LCI-STC', 'Phó Giám đốc', '02809'),
 (9, 'HELP', 'LCI-STC', 'Phó Giám đốc', '02890'),
 (10, 'HELP', 'LCI-STC', 'Phó Giám đốc', '03037'),
 (11, 'SPONSORSHIP', 'LCI-DN-CHETANHOA', NULL, '02839'),
 (12, 'SPONSORSHIP', 'LCI-NHCSXH', NULL, '02848')
) AS x (ordinal, kind, agency_code, title, unit_code)
JOIN agency ag ON ag.code = x.agency_code
LEFT JOIN agency_position p ON p.agency_id = ag.id AND p.title = x.title
JOIN administrative_unit u ON u.code = x.unit_code AND u.level = 'COMMUNE' AND u.valid_from = DATE '2025-07-01'
CROSS JOIN assignment_decision d WHERE d.number = '05/QĐ-UBND' AND d.year = 2026
ORDER BY x.ordinal;

INSERT INTO help_team_member (assignment_id, official_id, leader)
SELECT a.id, o.id, t.leader
FROM (VALUES
 ('LCI-SNNMT', 'Phó Giám đốc phụ trách nông thôn mới', '02839', 'lan.pt@laocai.demo', true),
 ('LCI-SNNMT', 'Phó Giám đốc phụ trách nông thôn mới', '02839', 'hong.dt@laocai.demo', false),
 ('LCI-SNNMT', 'Phó Giám đốc phụ trách nông thôn mới', '02848', 'lan.pt@laocai.demo', true),
 ('LCI-SNNMT', 'Giám đốc', '02701', 'nam.lh@laocai.demo', true)
) AS t (agency_code, title, unit_code, email, leader)
JOIN agency ag ON ag.code = t.agency_code
JOIN agency_position p ON p.agency_id = ag.id AND p.title = t.title
JOIN administrative_unit u ON u.code = t.unit_code AND u.level = 'COMMUNE' AND u.valid_from = DATE '2025-07-01'
JOIN assignment a ON a.position_id = p.id AND a.unit_id = u.id
JOIN official o ON o.email = t.email;

-- The Bắc Hà team changed after issue: Đỗ Thị Hồng left after 31/08/2026 and Lê Hoàng Nam joined from 01/09/2026.
UPDATE help_team_member SET end_on = DATE '2026-08-31'
WHERE official_id = (SELECT id FROM official WHERE email = 'hong.dt@laocai.demo')
  AND assignment_id = (SELECT a.id FROM assignment a
                       JOIN agency_position p ON p.id = a.position_id AND p.title = 'Phó Giám đốc phụ trách nông thôn mới'
                       JOIN administrative_unit u ON u.id = a.unit_id AND u.code = '02839' AND u.valid_from = DATE '2025-07-01');
INSERT INTO help_team_member (assignment_id, official_id, leader, start_on)
SELECT a.id, (SELECT id FROM official WHERE email = 'nam.lh@laocai.demo'), false, DATE '2026-09-01'
FROM assignment a
JOIN agency_position p ON p.id = a.position_id AND p.title = 'Phó Giám đốc phụ trách nông thôn mới'
JOIN administrative_unit u ON u.id = a.unit_id AND u.code = '02839' AND u.valid_from = DATE '2025-07-01';

-- The director's seat changed on 01/04/2026 (demo directory): the Y Tý assignment carries on with the new holder.
INSERT INTO assignment_handover (assignment_id, position_id, previous_official_id, new_official_id, start_on, recorded_at)
SELECT a.id, a.position_id, (SELECT id FROM official WHERE email = 'duc.tm@laocai.demo'),
       (SELECT id FROM official WHERE email = 'khanh.dq@laocai.demo'), DATE '2026-04-01', TIMESTAMPTZ '2026-04-01 08:00:00+07'
FROM assignment a
JOIN agency_position p ON p.id = a.position_id AND p.title = 'Giám đốc'
JOIN agency ag ON ag.id = p.agency_id AND ag.code = 'LCI-SNNMT';

-- The SNNMT deputy's Bắc Hà / Lùng Phình scope now comes from these assignments, not from fixed units.
DELETE FROM account_scope WHERE account_id = (SELECT id FROM account WHERE username = 'lanhdao.snnmt');

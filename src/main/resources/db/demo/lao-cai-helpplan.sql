-- Demo help plans, policy dissemination and capacity activities in Lào Cai (dữ liệu minh họa: invented).
-- Help plan 1 is Bắc Hà's (submitted, with a comment of the Coordination Office), plan 2 Lùng Phình's (a draft);
-- the authorization matrix relies on these ids.
INSERT INTO help_plan (assignment_id, commune_id, commune_path, year, revision, goals, q1_visits, q2_visits, q3_visits,
                       q4_visits, state, written_by, created_at, submitted_by, submitted_at)
SELECT a.id, u.id, u.path, 2026, 1, x.goals, x.q1, x.q2, x.q3, x.q4, x.state, x.written_by,
       x.created_at::timestamptz, x.submitted_by, x.submitted_at::timestamptz
FROM (VALUES
 (1, '02839', 'Xã Bắc Hà giữ vững 19/19 tiêu chí, hoàn thiện hồ sơ đề nghị công nhận xã nông thôn mới nâng cao; cứng hóa 100% đường liên thôn. (dữ liệu minh họa)',
  1, 2, 2, 1, 'SUBMITTED', 'lanhdao.snnmt', '2026-01-20 09:00+07', 'lanhdao.snnmt', '2026-01-25 10:00+07'),
 (2, '02848', 'Phát triển vùng chè Shan tuyết gắn với du lịch cộng đồng; nâng thu nhập bình quân đầu người lên 45 triệu đồng. (dữ liệu minh họa)',
  1, 1, 1, 1, 'DRAFT', 'totgiupviec', '2026-02-03 14:00+07', NULL, NULL)
) AS x (n, commune_code, goals, q1, q2, q3, q4, state, written_by, created_at, submitted_by, submitted_at)
JOIN administrative_unit u ON u.code = x.commune_code AND u.level = 'COMMUNE' AND u.valid_from = DATE '2025-07-01'
JOIN agency ag ON ag.code = 'LCI-SNNMT'
JOIN agency_position p ON p.agency_id = ag.id AND p.title = 'Phó Giám đốc phụ trách nông thôn mới'
JOIN assignment a ON a.position_id = p.id AND a.unit_id = u.id
ORDER BY x.n;

INSERT INTO help_plan_content (plan_id, position, text, program_component_id, focus)
SELECT hp.id, c.position, c.text, pc.id, c.focus
FROM (VALUES
 ('02839', 1, 'Hướng dẫn xã hoàn thiện hồ sơ tiêu chí môi trường và an toàn thực phẩm. (dữ liệu minh họa)', 'MTQG-2026-2035', '1', 'RURAL_ENVIRONMENT'),
 ('02839', 2, 'Hỗ trợ liên kết chuỗi giá trị mận Tam Hoa với hợp tác xã. (dữ liệu minh họa)', 'DTTS-2021-2030', '3', 'ECOLOGICAL_AGRICULTURE'),
 ('02839', 3, 'Đôn đốc cứng hóa đường liên thôn Na Hối – Nậm Mòn. (dữ liệu minh họa)', 'DTTS-2021-2030', '4', 'RURAL_INFRASTRUCTURE'),
 ('02848', 1, 'Quy hoạch vùng chè Shan tuyết và điểm du lịch cộng đồng. (dữ liệu minh họa)', 'DTTS-2021-2030', '6', 'ECO_TOURISM')
) AS c (commune_code, position, text, program_code, number, focus)
JOIN administrative_unit u ON u.code = c.commune_code AND u.level = 'COMMUNE' AND u.valid_from = DATE '2025-07-01'
JOIN help_plan hp ON hp.commune_id = u.id AND hp.year = 2026
JOIN target_program tp ON tp.code = c.program_code
JOIN program_component pc ON pc.program_id = tp.id AND pc.number = c.number AND pc.parent_id IS NULL;

INSERT INTO help_plan_comment (plan_id, author, body, created_at)
SELECT hp.id, 'vpdp', 'Đề nghị bổ sung mốc thời gian hoàn thành cứng hóa đường liên thôn trong quý III. (dữ liệu minh họa)',
       TIMESTAMPTZ '2026-02-02 08:30+07'
FROM help_plan hp JOIN administrative_unit u ON u.id = hp.commune_id AND u.code = '02839';

-- Policy documents passed to Bắc Hà and Lùng Phình (A1); the first on the October visit to Bắc Hà.
INSERT INTO dissemination (commune_id, commune_path, document_id, passed_on, channel, note, visit_id, recorded_by, recorded_at)
SELECT u.id, u.path, d.id, x.passed_on::date, x.channel, x.note,
       (SELECT v.id FROM field_visit v WHERE v.commune_id = u.id AND v.planned_on = x.visit_on::date),
       x.recorded_by, x.recorded_at::timestamptz
FROM (VALUES
 (1, '02839', '36/KH-UBND', '2026-10-28', 'VISIT', 'Phổ biến tại buổi làm việc với Ban Chỉ đạo xã. (dữ liệu minh họa)', '2026-10-28', 'lanhdao.snnmt', '2026-10-30 16:10+07'),
 (2, '02839', '4393/UBND-NLN', '2026-03-10', 'HANDED_DOCUMENT', 'Gửi bản sao cho Văn phòng HĐND và UBND xã. (dữ liệu minh họa)', NULL, 'totgiupviec', '2026-03-10 10:00+07'),
 (3, '02848', '36/KH-UBND', '2026-04-15', 'MEETING', 'Quán triệt tại hội nghị cán bộ chủ chốt xã. (dữ liệu minh họa)', NULL, 'lanhdao.snnmt', '2026-04-15 17:00+07')
) AS x (n, commune_code, number_symbol, passed_on, channel, note, visit_on, recorded_by, recorded_at)
JOIN administrative_unit u ON u.code = x.commune_code AND u.level = 'COMMUNE' AND u.valid_from = DATE '2025-07-01'
JOIN portal_document d ON d.number_symbol = x.number_symbol
ORDER BY x.n;

-- Capacity activities (A6) in both communes.
INSERT INTO capacity_activity (commune_id, commune_path, kind, held_on, topic, participants, participant_count, recorded_by,
                               recorded_at)
SELECT u.id, u.path, x.kind, x.held_on::date, x.topic, x.participants, x.participant_count, x.recorded_by,
       x.recorded_at::timestamptz
FROM (VALUES
 (1, '02839', 'TRAINING', '2026-05-12', 'Tập huấn lập và theo dõi kế hoạch thực hiện tiêu chí nông thôn mới giai đoạn 2026–2030. (dữ liệu minh họa)',
  'Cán bộ chuyên trách xã, trưởng thôn', 42, 'totgiupviec', '2026-05-12 17:00+07'),
 (2, '02839', 'PARTY_COMMITTEE_SESSION', '2026-08-20', 'Làm việc với Ban Thường vụ Đảng ủy xã về nghị quyết chuyên đề phát triển du lịch cộng đồng. (dữ liệu minh họa)',
  'Ban Thường vụ Đảng ủy xã', 9, 'lanhdao.snnmt', '2026-08-20 16:30+07'),
 (3, '02848', 'TRAINING', '2026-06-05', 'Tập huấn kỹ năng vận động nhân dân tham gia xây dựng nông thôn mới. (dữ liệu minh họa)',
  'Bí thư chi bộ, trưởng thôn, chi hội trưởng các đoàn thể', 55, 'lanhdao.snnmt', '2026-06-05 17:00+07')
) AS x (n, commune_code, kind, held_on, topic, participants, participant_count, recorded_by, recorded_at)
JOIN administrative_unit u ON u.code = x.commune_code AND u.level = 'COMMUNE' AND u.valid_from = DATE '2025-07-01'
ORDER BY x.n;

-- Demo field visits in Lào Cai (dữ liệu minh họa: invented visits). Ids 1-3 in this order (the
-- authorization matrix uses visit 1 in Bắc Hà and visit 2 in Lùng Phình).
INSERT INTO field_visit (commune_id, commune_path, planned_on, start_time, agenda, participants, planned_by, planned_at,
                         state, notified_at, acknowledged_by, acknowledged_at, receiver, done_on, summary,
                         recommendations, reported_by, reported_at)
SELECT u.id, u.path, v.planned_on::date, v.start_time, v.agenda, v.participants, v.planned_by,
       v.planned_at::timestamptz, v.state, v.notified_at::timestamptz, v.acknowledged_by, v.acknowledged_at::timestamptz,
       v.receiver, v.done_on::date, v.summary, v.recommendations, v.reported_by, v.reported_at::timestamptz
FROM (VALUES
 (1, '02839', '2026-10-28', '08:00', 'Kiểm tra tiến độ cứng hóa đường liên thôn Na Hối – Nậm Mòn; làm việc với thôn Sả Hồ về mặt bằng mở rộng điểm trường. (dữ liệu minh họa)',
  'Lò Văn Páo (Phó Giám đốc Sở NN&MT), Phạm Thị Lan (tổ giúp việc)', 'lanhdao.snnmt', '2026-10-15 09:00+07', 'REPORTED',
  '2026-10-15 09:05+07', 'xa.bacha', '2026-10-16 08:00+07', 'Giàng Seo Phử, Chủ tịch UBND xã',
  '2026-10-28', 'Đường liên thôn đạt 60% khối lượng; hai hộ thôn Sả Hồ chưa đồng ý phương án bồi thường. (dữ liệu minh họa)',
  'Đề nghị tỉnh xem xét cơ chế hỗ trợ xi măng cho đường giao thông nông thôn. (dữ liệu minh họa)', 'lanhdao.snnmt', '2026-10-30 16:00+07'),
 (2, '02848', '2026-12-03', '08:30', 'Làm việc về kế hoạch phát triển chè Shan tuyết và tiêu chí thu nhập năm 2026. (dữ liệu minh họa)',
  'Lò Văn Páo', 'lanhdao.snnmt', '2026-11-20 10:00+07', 'ACKNOWLEDGED', '2026-11-20 10:05+07', NULL,
  '2026-11-21 14:00+07', 'Chủ tịch UBND xã Lùng Phình', NULL, NULL, NULL, NULL, NULL),
 (3, '02839', '2026-12-09', '14:00', 'Rà soát hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới: tiêu chí môi trường và an toàn thực phẩm. (dữ liệu minh họa)',
  'Phạm Thị Lan', 'totgiupviec', '2026-11-25 15:00+07', 'NOTIFIED', '2026-11-25 15:05+07', NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL)
) AS v (n, commune_code, planned_on, start_time, agenda, participants, planned_by, planned_at, state, notified_at,
        acknowledged_by, acknowledged_at, receiver, done_on, summary, recommendations, reported_by, reported_at)
JOIN administrative_unit u ON u.code = v.commune_code AND u.level = 'COMMUNE' AND u.valid_from = DATE '2025-07-01'
ORDER BY v.n;

-- The Sả Hồ land difficulty of the demo register was found on the October visit.
INSERT INTO field_visit_difficulty (visit_id, title, description, category_code, obstacle_id)
SELECT v.id, o.title, o.description, o.category_code, o.id
FROM field_visit v JOIN obstacle o ON o.title LIKE 'Chậm giải phóng mặt bằng điểm trường thôn Sả Hồ%'
WHERE v.state = 'REPORTED';
UPDATE obstacle SET source = 'VISIT_REPORT', source_id = (SELECT id FROM field_visit WHERE state = 'REPORTED')
WHERE title LIKE 'Chậm giải phóng mặt bằng điểm trường thôn Sả Hồ%';

-- Demo commune meetings in Lào Cai (dữ liệu minh họa: invented meetings), dated around the day the demo is loaded so
-- that there are always past meetings (reported or waiting for their report) and coming ones. Ids 1-7 in this order
-- (the authorization matrix uses meeting 1 in Bắc Hà and meeting 2 in Lùng Phình).
INSERT INTO commune_meeting (commune_id, commune_path, kind, held_on, start_time, place, agenda, published_by,
                             published_at, state, attendee, whole_team, named_by, named_at, discussed, recommendations,
                             reported_by, reported_at, cancel_reason)
SELECT u.id, u.path, m.kind, CURRENT_DATE + m.day_offset, m.start_time, m.place, m.agenda, m.published_by,
       now() + make_interval(days => m.day_offset - 14), m.state, m.attendee, m.whole_team, m.named_by,
       CASE WHEN m.named_by IS NULL THEN NULL ELSE now() + make_interval(days => m.day_offset - 10) END,
       m.discussed, m.recommendations, m.reported_by,
       CASE WHEN m.reported_by IS NULL THEN NULL ELSE now() + make_interval(days => m.day_offset + 1) END,
       m.cancel_reason
FROM (VALUES
 (1, '02839', 'VILLAGE', -40, '19:30', 'Nhà văn hóa thôn Na Hối', 'Bình xét hộ nghèo, cận nghèo năm 2026; bàn góp công làm đường nội thôn. (dữ liệu minh họa)',
  'xa.bacha', 'REPORTED', 'totgiupviec', false, 'lanhdao.snnmt',
  'Thôn thống nhất danh sách 12 hộ nghèo; 40 hộ nhận góp ngày công làm 300 m đường bê tông. (dữ liệu minh họa)',
  'Đề nghị hỗ trợ thêm xi măng cho đường nội thôn. (dữ liệu minh họa)', 'totgiupviec', NULL),
 (2, '02848', 'PARTY_CELL', -20, '08:00', 'Hội trường UBND xã Lùng Phình', 'Chi bộ thôn Pả Chư Tỷ: nghị quyết phát triển chè Shan tuyết. (dữ liệu minh họa)',
  'xa.lungphinh', 'ATTENDEE_NAMED', 'lanhdao.snnmt', false, 'lanhdao.snnmt', NULL, NULL, NULL, NULL),
 (3, '02839', 'ORGANISATIONS', -10, '14:00', 'Hội trường UBND xã Bắc Hà', 'Họp khối đoàn thể: phong trào "Ngày thứ Bảy văn minh", vệ sinh môi trường. (dữ liệu minh họa)',
  'xa.bacha', 'ATTENDEE_NAMED', NULL, true, 'lanhdao.snnmt', NULL, NULL, NULL, NULL),
 (4, '02839', 'VILLAGE', 6, '19:00', 'Nhà văn hóa thôn Sả Hồ', 'Lấy ý kiến người dân về phương án mở rộng điểm trường thôn Sả Hồ. (dữ liệu minh họa)',
  'xa.bacha', 'PUBLISHED', NULL, false, NULL, NULL, NULL, NULL, NULL),
 (5, '02848', 'VILLAGE', 12, '19:30', 'Nhà văn hóa thôn Lùng Phình', 'Triển khai hỗ trợ giống chè và phân bón vụ xuân. (dữ liệu minh họa)',
  'xa.lungphinh', 'ATTENDEE_NAMED', 'lanhdao.snnmt', false, 'lanhdao.snnmt', NULL, NULL, NULL, NULL),
 (6, '02839', 'PARTY_CELL', -60, '08:00', 'Nhà văn hóa thôn Nậm Mòn', 'Sinh hoạt chi bộ chuyên đề xây dựng nông thôn mới. (dữ liệu minh họa)',
  'xa.bacha', 'CANCELLED', NULL, false, NULL, NULL, NULL, NULL, 'Trùng lịch tiếp đoàn kiểm tra của tỉnh. (dữ liệu minh họa)'),
 (7, '02848', 'ORGANISATIONS', -50, '08:30', 'Hội trường UBND xã Lùng Phình', 'Sơ kết 9 tháng thực hiện các chương trình mục tiêu quốc gia. (dữ liệu minh họa)',
  'xa.lungphinh', 'REPORTED', 'lanhdao.snnmt', false, 'lanhdao.snnmt',
  'Xã đạt 7/10 tiêu chí; tiêu chí thu nhập và môi trường còn thấp. (dữ liệu minh họa)', NULL, 'lanhdao.snnmt', NULL)
) AS m (n, commune_code, kind, day_offset, start_time, place, agenda, published_by, state, attendee, whole_team, named_by,
        discussed, recommendations, reported_by, cancel_reason)
JOIN administrative_unit u ON u.code = m.commune_code AND u.level = 'COMMUNE' AND u.valid_from = DATE '2025-07-01'
ORDER BY m.n;

-- Demo difficulties and proposals in Lào Cai (dữ liệu minh họa: invented situations).
INSERT INTO obstacle (kind, title, description, category_code, commune_id, commune_path, raised_by, raised_at,
                      raised_level, level, state, handler, level_since, due_on)
SELECT d.kind, d.title, d.description, d.category, u.id, u.path, d.raised_by, d.raised_at::timestamptz,
       d.raised_level, d.level, d.state, NULL, d.level_since::date, d.due_on::date
FROM (VALUES
 ('DIFFICULTY', 'Thiếu vốn đối ứng làm đường liên thôn Na Hối – Nậm Mòn',
  'Dự án cứng hóa 2,1 km đường liên thôn đã được phê duyệt nhưng xã chưa bố trí đủ vốn đối ứng 20%. Đề nghị tỉnh xem xét hỗ trợ xi măng theo cơ chế hỗ trợ vật liệu. (dữ liệu minh họa)',
  'CAPITAL', '02839', 'xa.bacha', '2026-10-05 09:00+07', 'COMMUNE', 'PROVINCE', 'OPEN', '2026-10-12', '2026-10-26'),
 ('PROPOSAL', 'Đề xuất cơ chế hỗ trợ giống chè cho hộ nghèo xã Y Tý',
  'Nhiều hộ nghèo muốn chuyển đổi sang trồng chè Shan tuyết nhưng không đủ vốn mua giống. Đề xuất tỉnh ban hành cơ chế hỗ trợ 100% giống cho hộ nghèo, hộ cận nghèo. (dữ liệu minh họa)',
  'MECHANISM_POLICY', '02701', 'vpdp', '2026-09-15 10:00+07', 'COMMUNE', 'COMMUNE', 'OPEN', '2026-09-15', '2026-09-22'),
 ('DIFFICULTY', 'Chậm giải phóng mặt bằng điểm trường thôn Sả Hồ',
  'Hai hộ chưa đồng ý phương án bồi thường nên chưa bàn giao mặt bằng mở rộng điểm trường. (dữ liệu minh họa)',
  'LAND', '02839', 'lanhdao.snnmt', '2026-11-02 08:30+07', 'COMMUNE', 'COMMUNE', 'OPEN', '2026-11-02', '2026-11-09')
) AS d (kind, title, description, category, commune_code, raised_by, raised_at, raised_level, level, state, level_since, due_on)
JOIN administrative_unit u ON u.code = d.commune_code AND u.level = 'COMMUNE' AND u.valid_from = DATE '2025-07-01'
ORDER BY d.raised_at;

INSERT INTO obstacle_step (obstacle_id, at, actor, action, level, text)
SELECT o.id, o.raised_at, o.raised_by, 'RAISED', 'COMMUNE', o.description FROM obstacle o;

INSERT INTO obstacle_step (obstacle_id, at, actor, action, level, text)
SELECT o.id, TIMESTAMPTZ '2026-10-12 15:00+07', 'xa.bacha', 'ESCALATED', 'PROVINCE',
       'Vượt khả năng cân đối ngân sách xã; đề nghị tỉnh hỗ trợ vật liệu. (dữ liệu minh họa)'
FROM obstacle o WHERE o.level = 'PROVINCE';

-- Demo data for the default run: Lào Cai province after the 2025 merger (official code 15).
-- The map is real (seeded by migrations); agencies are the province's real departments after the
-- 2025 reorganisation; officials' names, e-mails and phones are invented ("Dữ liệu minh họa").

CREATE TEMP TABLE demo_unit ON COMMIT DROP AS
SELECT code, id FROM administrative_unit
WHERE valid_from = DATE '2025-07-01' AND (code = '15' OR parent_id = (SELECT id FROM administrative_unit
  WHERE level = 'PROVINCE' AND code = '15' AND valid_from = DATE '2025-07-01'));

INSERT INTO agency (code, name, short_name, kind, unit_id, email, phone, address, valid_from) VALUES
 ('LCI-UBND', 'Văn phòng Ủy ban nhân dân tỉnh Lào Cai', 'VP UBND tỉnh', 'PEOPLES_COMMITTEE_OFFICE', (SELECT id FROM demo_unit WHERE code = '15'), 'vpubnd@laocai.demo', '0214 3000 001', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-SNNMT', 'Sở Nông nghiệp và Môi trường tỉnh Lào Cai', 'Sở NN&MT', 'DEPARTMENT', (SELECT id FROM demo_unit WHERE code = '15'), 'snnmt@laocai.demo', '0214 3000 010', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-VPDP', 'Văn phòng Điều phối nông thôn mới tỉnh Lào Cai', 'VPĐP NTM', 'COORDINATION_OFFICE', (SELECT id FROM demo_unit WHERE code = '15'), 'vpdpntm@laocai.demo', '0214 3000 011', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-STC', 'Sở Tài chính tỉnh Lào Cai', 'Sở Tài chính', 'DEPARTMENT', (SELECT id FROM demo_unit WHERE code = '15'), 'stc@laocai.demo', '0214 3000 020', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-SNV', 'Sở Nội vụ tỉnh Lào Cai', 'Sở Nội vụ', 'DEPARTMENT', (SELECT id FROM demo_unit WHERE code = '15'), 'snv@laocai.demo', '0214 3000 030', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-SXD', 'Sở Xây dựng tỉnh Lào Cai', 'Sở Xây dựng', 'DEPARTMENT', (SELECT id FROM demo_unit WHERE code = '15'), 'sxd@laocai.demo', '0214 3000 040', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-SCT', 'Sở Công Thương tỉnh Lào Cai', 'Sở Công Thương', 'DEPARTMENT', (SELECT id FROM demo_unit WHERE code = '15'), 'sct@laocai.demo', '0214 3000 050', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-SYT', 'Sở Y tế tỉnh Lào Cai', 'Sở Y tế', 'DEPARTMENT', (SELECT id FROM demo_unit WHERE code = '15'), 'syt@laocai.demo', '0214 3000 060', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-SGDDT', 'Sở Giáo dục và Đào tạo tỉnh Lào Cai', 'Sở GD&ĐT', 'DEPARTMENT', (SELECT id FROM demo_unit WHERE code = '15'), 'sgddt@laocai.demo', '0214 3000 070', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai', 'Sở VHTTDL', 'DEPARTMENT', (SELECT id FROM demo_unit WHERE code = '15'), 'svhttdl@laocai.demo', '0214 3000 080', 'Phường Lào Cai, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-SKHCN', 'Sở Khoa học và Công nghệ tỉnh Lào Cai', 'Sở KH&CN', 'DEPARTMENT', (SELECT id FROM demo_unit WHERE code = '15'), 'skhcn@laocai.demo', '0214 3000 090', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-SDTTG', 'Sở Dân tộc và Tôn giáo tỉnh Lào Cai', 'Sở DT&TG', 'DEPARTMENT', (SELECT id FROM demo_unit WHERE code = '15'), 'sdttg@laocai.demo', '0214 3000 100', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-STP', 'Sở Tư pháp tỉnh Lào Cai', 'Sở Tư pháp', 'DEPARTMENT', (SELECT id FROM demo_unit WHERE code = '15'), 'stp@laocai.demo', '0214 3000 110', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai', 'UBMTTQ tỉnh', 'MASS_ORGANISATION', (SELECT id FROM demo_unit WHERE code = '15'), 'mttq@laocai.demo', '0214 3000 120', 'Phường Yên Bái, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-NHCSXH', 'Ngân hàng Chính sách xã hội Chi nhánh tỉnh Lào Cai', 'NHCSXH Lào Cai', 'BANK', (SELECT id FROM demo_unit WHERE code = '15'), 'nhcsxh@laocai.demo', '0214 3000 130', 'Phường Lào Cai, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-AGRIBANK', 'Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh tỉnh Lào Cai', 'Agribank Lào Cai', 'BANK', (SELECT id FROM demo_unit WHERE code = '15'), 'agribank@laocai.demo', '0214 3000 140', 'Phường Lào Cai, tỉnh Lào Cai', DATE '2025-07-01'),
 ('LCI-DN-CHETANHOA', 'Công ty Cổ phần Chè Tân Hoa (minh họa)', 'Chè Tân Hoa', 'ENTERPRISE', (SELECT id FROM demo_unit WHERE code = '15'), 'lienhe@chetanhoa.demo', '0214 3000 150', 'Xã Bắc Hà, tỉnh Lào Cai', DATE '2025-07-01');

UPDATE agency SET parent_agency_id = (SELECT id FROM agency WHERE code = 'LCI-SNNMT') WHERE code = 'LCI-VPDP';

-- Positions: the head and deputies of each agency.
INSERT INTO agency_position (agency_id, title, kind, rank, valid_from)
SELECT a.id, p.title, p.kind, p.rank, DATE '2025-07-01'
FROM agency a
JOIN (VALUES ('LCI-UBND', 'Chánh Văn phòng', 'HEAD', 1), ('LCI-UBND', 'Phó Chánh Văn phòng', 'DEPUTY_HEAD', 2),
             ('LCI-SNNMT', 'Giám đốc', 'HEAD', 1), ('LCI-SNNMT', 'Phó Giám đốc phụ trách nông thôn mới', 'DEPUTY_HEAD', 2),
             ('LCI-SNNMT', 'Phó Giám đốc phụ trách môi trường', 'DEPUTY_HEAD', 3),
             ('LCI-VPDP', 'Chánh Văn phòng', 'HEAD', 1), ('LCI-VPDP', 'Phó Chánh Văn phòng', 'DEPUTY_HEAD', 2),
             ('LCI-VPDP', 'Chuyên viên theo dõi phân công giúp đỡ xã', 'OTHER', 10),
             ('LCI-STC', 'Giám đốc', 'HEAD', 1), ('LCI-STC', 'Phó Giám đốc', 'DEPUTY_HEAD', 2),
             ('LCI-SNV', 'Giám đốc', 'HEAD', 1), ('LCI-SNV', 'Phó Giám đốc', 'DEPUTY_HEAD', 2),
             ('LCI-SXD', 'Giám đốc', 'HEAD', 1), ('LCI-SXD', 'Phó Giám đốc', 'DEPUTY_HEAD', 2),
             ('LCI-SCT', 'Giám đốc', 'HEAD', 1), ('LCI-SYT', 'Giám đốc', 'HEAD', 1),
             ('LCI-SGDDT', 'Giám đốc', 'HEAD', 1), ('LCI-SVHTTDL', 'Giám đốc', 'HEAD', 1),
             ('LCI-SKHCN', 'Giám đốc', 'HEAD', 1), ('LCI-SDTTG', 'Giám đốc', 'HEAD', 1),
             ('LCI-STP', 'Giám đốc', 'HEAD', 1), ('LCI-MTTQ', 'Chủ tịch', 'HEAD', 1),
             ('LCI-NHCSXH', 'Giám đốc', 'HEAD', 1), ('LCI-AGRIBANK', 'Giám đốc', 'HEAD', 1),
             ('LCI-DN-CHETANHOA', 'Tổng Giám đốc', 'HEAD', 1)) AS p (agency_code, title, kind, rank)
  ON p.agency_code = a.code;

-- Officials (invented names) and who holds which position since when.
INSERT INTO official (full_name, email, phone, note)
SELECT o.full_name, o.email, o.phone, 'Dữ liệu minh họa'
FROM (VALUES
 ('Hoàng Văn Thắng', 'thang.hv@laocai.demo', '0912 000 101'), ('Nguyễn Thị Thu Hà', 'ha.ntt@laocai.demo', '0912 000 102'),
 ('Lò Văn Páo', 'pao.lv@laocai.demo', '0912 000 103'), ('Trần Minh Đức', 'duc.tm@laocai.demo', '0912 000 104'),
 ('Giàng Seo Phử', 'phu.gs@laocai.demo', '0912 000 105'), ('Vàng Thị Mai', 'mai.vt@laocai.demo', '0912 000 106'),
 ('Đặng Quốc Khánh', 'khanh.dq@laocai.demo', '0912 000 107'), ('Phạm Thị Lan', 'lan.pt@laocai.demo', '0912 000 108'),
 ('Sùng A Lử', 'lu.sa@laocai.demo', '0912 000 109'), ('Lê Hoàng Nam', 'nam.lh@laocai.demo', '0912 000 110'),
 ('Nông Văn Bình', 'binh.nv@laocai.demo', '0912 000 111'), ('Bùi Thị Hương', 'huong.bt@laocai.demo', '0912 000 112'),
 ('Vũ Đình Long', 'long.vd@laocai.demo', '0912 000 113'), ('Hà Thị Nguyệt', 'nguyet.ht@laocai.demo', '0912 000 114'),
 ('Thào Seo Chứ', 'chu.ts@laocai.demo', '0912 000 115'), ('Lý Văn Sơn', 'son.lv@laocai.demo', '0912 000 116'),
 ('Đỗ Thị Hồng', 'hong.dt@laocai.demo', '0912 000 117'), ('Ma Văn Tuấn', 'tuan.mv@laocai.demo', '0912 000 118'),
 ('Cao Thị Yến', 'yen.ct@laocai.demo', '0912 000 119'), ('Nguyễn Văn Hải', 'hai.nv@laocai.demo', '0912 000 120'),
 ('Hầu A Dìa', 'dia.ha@laocai.demo', '0912 000 121'), ('Phan Thị Thanh', 'thanh.pt@laocai.demo', '0912 000 122'),
 ('Lục Văn Hùng', 'hung.lv@laocai.demo', '0912 000 123'), ('Tống Thị Lý', 'ly.tt@laocai.demo', '0912 000 124'),
 ('Mai Xuân Trường', 'truong.mx@laocai.demo', '0912 000 125'), ('Chảo Láo Lở', 'lo.cl@laocai.demo', '0912 000 126')
) AS o (full_name, email, phone);

INSERT INTO position_holding (position_id, official_id, start_on, end_on)
SELECT p.id, o.id, h.start_on, h.end_on
FROM (VALUES
 ('LCI-UBND', 'Chánh Văn phòng', 'thang.hv@laocai.demo', DATE '2025-07-01', NULL::date),
 ('LCI-SNNMT', 'Giám đốc', 'duc.tm@laocai.demo', DATE '2025-07-01', DATE '2026-03-31'),
 ('LCI-SNNMT', 'Giám đốc', 'khanh.dq@laocai.demo', DATE '2026-04-01', NULL),
 ('LCI-SNNMT', 'Phó Giám đốc phụ trách nông thôn mới', 'pao.lv@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-SNNMT', 'Phó Giám đốc phụ trách môi trường', 'lan.pt@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-VPDP', 'Chánh Văn phòng', 'ha.ntt@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-VPDP', 'Phó Chánh Văn phòng', 'nam.lh@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-VPDP', 'Chuyên viên theo dõi phân công giúp đỡ xã', 'hong.dt@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-STC', 'Giám đốc', 'binh.nv@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-STC', 'Phó Giám đốc', 'huong.bt@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-SNV', 'Giám đốc', 'long.vd@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-SNV', 'Phó Giám đốc', 'nguyet.ht@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-SXD', 'Giám đốc', 'tuan.mv@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-SCT', 'Giám đốc', 'yen.ct@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-SYT', 'Giám đốc', 'hai.nv@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-SGDDT', 'Giám đốc', 'thanh.pt@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-SVHTTDL', 'Giám đốc', 'hung.lv@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-SDTTG', 'Giám đốc', 'ly.tt@laocai.demo', DATE '2025-07-01', NULL),
 ('LCI-NHCSXH', 'Giám đốc', 'truong.mx@laocai.demo', DATE '2025-07-01', NULL)
) AS h (agency_code, title, email, start_on, end_on)
JOIN agency a ON a.code = h.agency_code
JOIN agency_position p ON p.agency_id = a.id AND p.title = h.title
JOIN official o ON o.email = h.email;

-- Committees of the province and of four communes, with members.
INSERT INTO committee (unit_id, kind, name, valid_from)
SELECT u.id, c.kind, c.name, DATE '2025-07-01'
FROM (VALUES
 ('15', 'PEOPLES_COMMITTEE', 'Ủy ban nhân dân tỉnh Lào Cai'),
 ('15', 'STEERING_COMMITTEE', 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Lào Cai'),
 ('02839', 'PEOPLES_COMMITTEE', 'Ủy ban nhân dân xã Bắc Hà'),
 ('02839', 'STEERING_COMMITTEE', 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia xã Bắc Hà'),
 ('02848', 'PEOPLES_COMMITTEE', 'Ủy ban nhân dân xã Lùng Phình'),
 ('02701', 'PEOPLES_COMMITTEE', 'Ủy ban nhân dân xã Y Tý'),
 ('03037', 'PEOPLES_COMMITTEE', 'Ủy ban nhân dân xã Tả Van')
) AS c (unit_code, kind, name)
JOIN demo_unit u ON u.code = c.unit_code;

INSERT INTO committee_member (committee_id, official_id, role_title, rank, start_on)
SELECT c.id, o.id, m.role_title, m.rank, DATE '2025-07-01'
FROM (VALUES
 ('Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Lào Cai', 'thang.hv@laocai.demo', 'Thành viên, Chánh Văn phòng UBND tỉnh', 5),
 ('Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Lào Cai', 'khanh.dq@laocai.demo', 'Phó Trưởng ban thường trực, Giám đốc Sở NN&MT', 2),
 ('Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Lào Cai', 'ha.ntt@laocai.demo', 'Thành viên, Chánh Văn phòng Điều phối NTM', 6),
 ('Ủy ban nhân dân xã Bắc Hà', 'phu.gs@laocai.demo', 'Chủ tịch UBND xã', 1),
 ('Ủy ban nhân dân xã Bắc Hà', 'mai.vt@laocai.demo', 'Phó Chủ tịch UBND xã', 2),
 ('Ban Chỉ đạo các Chương trình mục tiêu quốc gia xã Bắc Hà', 'phu.gs@laocai.demo', 'Trưởng ban', 1),
 ('Ban Chỉ đạo các Chương trình mục tiêu quốc gia xã Bắc Hà', 'mai.vt@laocai.demo', 'Phó Trưởng ban', 2),
 ('Ủy ban nhân dân xã Lùng Phình', 'lu.sa@laocai.demo', 'Chủ tịch UBND xã', 1),
 ('Ủy ban nhân dân xã Y Tý', 'chu.ts@laocai.demo', 'Chủ tịch UBND xã', 1),
 ('Ủy ban nhân dân xã Y Tý', 'dia.ha@laocai.demo', 'Phó Chủ tịch UBND xã', 2),
 ('Ủy ban nhân dân xã Tả Van', 'lo.cl@laocai.demo', 'Chủ tịch UBND xã', 1),
 ('Ủy ban nhân dân xã Tả Van', 'son.lv@laocai.demo', 'Phó Chủ tịch UBND xã', 2)
) AS m (committee_name, email, role_title, rank)
JOIN committee c ON c.name = m.committee_name
JOIN official o ON o.email = m.email;

-- One account per role. Password hashes are set by DemoData (all demo accounts share the README's password).
INSERT INTO account (username, password_hash, display_name, email, official_id, unrestricted_scope)
SELECT a.username, '{pending}', a.display_name, a.email, (SELECT id FROM official WHERE email = a.official_email), a.unrestricted
FROM (VALUES
 ('admin', 'Quản trị hệ thống', 'admin@giupxa.demo', NULL, true),
 ('ubnd.tinh', 'Hoàng Văn Thắng', 'thang.hv@laocai.demo', 'thang.hv@laocai.demo', false),
 ('vpdp', 'Nguyễn Thị Thu Hà', 'ha.ntt@laocai.demo', 'ha.ntt@laocai.demo', false),
 ('lanhdao.snnmt', 'Lò Văn Páo', 'pao.lv@laocai.demo', 'pao.lv@laocai.demo', false),
 ('totgiupviec', 'Phạm Thị Lan', 'lan.pt@laocai.demo', 'lan.pt@laocai.demo', false),
 ('huyen.bacha', 'Cán bộ huyện Bắc Hà (trước 01/07/2025)', 'huyen.bacha@laocai.demo', NULL, false),
 ('xa.bacha', 'Giàng Seo Phử', 'phu.gs@laocai.demo', 'phu.gs@laocai.demo', false),
 ('danhgia.snv', 'Vũ Đình Long', 'long.vd@laocai.demo', 'long.vd@laocai.demo', false),
 ('dodau.chetanhoa', 'Công ty CP Chè Tân Hoa', 'lienhe@chetanhoa.demo', NULL, false),
 ('bientap', 'Biên tập viên Cổng thông tin', 'bientap@laocai.demo', NULL, false)
) AS a (username, display_name, email, official_email, unrestricted);

INSERT INTO account_role (account_id, role)
SELECT ac.id, r.role FROM (VALUES
 ('admin', 'ADMIN'), ('ubnd.tinh', 'PROVINCIAL_LEADERSHIP'), ('vpdp', 'COORDINATION_OFFICE'),
 ('lanhdao.snnmt', 'AGENCY_LEADER'), ('totgiupviec', 'HELP_TEAM_MEMBER'), ('huyen.bacha', 'DISTRICT_OFFICER'),
 ('xa.bacha', 'COMMUNE_OFFICER'), ('danhgia.snv', 'EVALUATOR'), ('dodau.chetanhoa', 'SPONSOR'), ('bientap', 'EDITOR')
) AS r (username, role)
JOIN account ac ON ac.username = r.username;

INSERT INTO account_scope (account_id, unit_id)
SELECT ac.id, u.id FROM (VALUES
 ('ubnd.tinh', '15', 'PROVINCE'), ('vpdp', '15', 'PROVINCE'), ('danhgia.snv', '15', 'PROVINCE'), ('bientap', '15', 'PROVINCE'),
 ('lanhdao.snnmt', '02839', 'COMMUNE'), ('lanhdao.snnmt', '02848', 'COMMUNE'), ('totgiupviec', '02839', 'COMMUNE'),
 ('xa.bacha', '02839', 'COMMUNE'), ('dodau.chetanhoa', '02839', 'COMMUNE')
) AS s (username, code, level)
JOIN account ac ON ac.username = s.username
JOIN administrative_unit u ON u.code = s.code AND u.level = s.level AND u.valid_from = DATE '2025-07-01';

-- The district officer's scope is the former Bắc Hà district of the old Lào Cai province (10).
INSERT INTO account_scope (account_id, unit_id)
SELECT ac.id, d.id FROM account ac
JOIN administrative_unit d ON d.level = 'DISTRICT' AND d.name = 'Huyện Bắc Hà'
JOIN administrative_unit p ON p.id = d.parent_id AND p.code = '10'
WHERE ac.username = 'huyen.bacha';

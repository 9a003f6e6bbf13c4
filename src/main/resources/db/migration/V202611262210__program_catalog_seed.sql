-- Reference data: the programs of both eras and the commune criteria sets, from
-- ../shared/domain/programs.md. Every row names its source; verified = false is what that file marks
-- "[C] to confirm" and is shown with a "chưa xác minh" badge. What the file does not give (lead
-- agencies, names of contents 03–11, sub-projects) is left for the Coordination Office to add.

INSERT INTO target_program (code, name, first_year, last_year, phases, legal_basis, lead_agency, verified, source) VALUES
 ('NTM-2021-2025', 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021–2025', 2021, 2025, NULL,
  'Nghị quyết 25/2021/QH15; Quyết định 263/QĐ-TTg ngày 22/02/2022', NULL, true,
  'NQ 25/2021/QH15; QĐ 263/QĐ-TTg 22/02/2022 (programs.md §1, [V])'),
 ('GNBV-2021-2025', 'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021–2025', 2021, 2025, NULL,
  'Nghị quyết 24/2021/QH15; Quyết định 90/QĐ-TTg ngày 18/01/2022', NULL, true,
  'NQ 24/2021/QH15; QĐ 90/QĐ-TTg 18/01/2022 (programs.md §1, [V])'),
 ('DTTS-2021-2030', 'Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021–2030',
  2021, 2030, 'Giai đoạn I: 2021–2025', 'Nghị quyết 120/2020/QH14; Quyết định 1719/QĐ-TTg ngày 14/10/2021', NULL, true,
  'NQ 120/2020/QH14; QĐ 1719/QĐ-TTg 14/10/2021 (programs.md §1, [V])'),
 ('MTQG-2026-2035', 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026–2035',
  2026, 2035, 'Giai đoạn I: 2026–2030', 'Nghị quyết 257/2025/QH15 ngày 11/12/2025; Nghị quyết 424/NQ-CP ngày 30/12/2025; Quyết định 417/QĐ-BNNMT ngày 31/01/2026',
  NULL, true, 'NQ 257/2025/QH15; NQ 424/NQ-CP; QĐ 417/QĐ-BNNMT (programs.md §1, [V])');

INSERT INTO program_component (program_id, kind, number, name, verified, source)
SELECT p.id, c.kind, c.number, c.name, c.verified, c.source
FROM target_program p
JOIN (VALUES
 ('NTM-2021-2025', 'CONTENT', '01', 'Quy hoạch và quản lý xây dựng nông thôn mới theo quy hoạch', true, 'QĐ 263/QĐ-TTg, nội dung thành phần 01 (programs.md §1, [V]; tên tóm tắt)'),
 ('NTM-2021-2025', 'CONTENT', '02', 'Hạ tầng kinh tế – xã hội', true, 'QĐ 263/QĐ-TTg, nội dung thành phần 02 (programs.md §1, [V]; tên tóm tắt)'),
 ('GNBV-2021-2025', 'PROJECT', '1', 'Hỗ trợ đầu tư phát triển hạ tầng kinh tế – xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo', true, 'QĐ 90/QĐ-TTg, dự án 1 (programs.md §1, [V])'),
 ('GNBV-2021-2025', 'PROJECT', '2', 'Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo', true, 'QĐ 90/QĐ-TTg, dự án 2 (programs.md §1, [V])'),
 ('GNBV-2021-2025', 'PROJECT', '3', 'Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng', true, 'QĐ 90/QĐ-TTg, dự án 3 (programs.md §1, [V])'),
 ('GNBV-2021-2025', 'PROJECT', '4', 'Phát triển giáo dục nghề nghiệp, việc làm bền vững', true, 'QĐ 90/QĐ-TTg, dự án 4 (programs.md §1, [V])'),
 ('GNBV-2021-2025', 'PROJECT', '5', 'Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo', true, 'QĐ 90/QĐ-TTg, dự án 5 (programs.md §1, [V])'),
 ('GNBV-2021-2025', 'PROJECT', '6', 'Truyền thông và giảm nghèo về thông tin', true, 'QĐ 90/QĐ-TTg, dự án 6 (programs.md §1, [V])'),
 ('GNBV-2021-2025', 'PROJECT', '7', 'Nâng cao năng lực và giám sát, đánh giá Chương trình', true, 'QĐ 90/QĐ-TTg, dự án 7 (programs.md §1, [V])'),
 ('DTTS-2021-2030', 'PROJECT', '1', 'Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt', true, 'QĐ 1719/QĐ-TTg, dự án 1 (programs.md §1, [V])'),
 ('DTTS-2021-2030', 'PROJECT', '2', 'Quy hoạch, sắp xếp, bố trí, ổn định dân cư', true, 'QĐ 1719/QĐ-TTg, dự án 2 (programs.md §1, [V])'),
 ('DTTS-2021-2030', 'PROJECT', '3', 'Phát triển sản xuất nông, lâm nghiệp theo chuỗi giá trị', true, 'QĐ 1719/QĐ-TTg, dự án 3 (programs.md §1, [V])'),
 ('DTTS-2021-2030', 'PROJECT', '4', 'Đầu tư cơ sở hạ tầng thiết yếu', true, 'QĐ 1719/QĐ-TTg, dự án 4 (programs.md §1, [V])'),
 ('DTTS-2021-2030', 'PROJECT', '5', 'Phát triển giáo dục, đào tạo nâng cao chất lượng nguồn nhân lực', true, 'QĐ 1719/QĐ-TTg, dự án 5 (programs.md §1, [V])'),
 ('DTTS-2021-2030', 'PROJECT', '6', 'Bảo tồn, phát huy giá trị văn hóa truyền thống gắn với phát triển du lịch', true, 'QĐ 1719/QĐ-TTg, dự án 6 (programs.md §1, [V])'),
 ('DTTS-2021-2030', 'PROJECT', '7', 'Chăm sóc sức khỏe, nâng cao thể trạng, tầm vóc, phòng chống suy dinh dưỡng', true, 'QĐ 1719/QĐ-TTg, dự án 7 (programs.md §1, [V])'),
 ('DTTS-2021-2030', 'PROJECT', '8', 'Thực hiện bình đẳng giới, giải quyết vấn đề cấp thiết với phụ nữ và trẻ em', true, 'QĐ 1719/QĐ-TTg, dự án 8 (programs.md §1, [V])'),
 ('DTTS-2021-2030', 'PROJECT', '9', 'Đầu tư phát triển nhóm dân tộc rất ít người', false, 'QĐ 1719/QĐ-TTg, dự án 9 (programs.md §1, [C] — cần đối chiếu văn bản)'),
 ('DTTS-2021-2030', 'PROJECT', '10', 'Truyền thông, tuyên truyền, kiểm tra, giám sát', false, 'QĐ 1719/QĐ-TTg, dự án 10 (programs.md §1, [C] — cần đối chiếu văn bản)'),
 ('MTQG-2026-2035', 'PART', '1', 'Hợp phần 1: xây dựng nông thôn mới và giảm nghèo bền vững', false, 'NQ 257/2025/QH15 (programs.md §1, [C] — cần đối chiếu văn bản)'),
 ('MTQG-2026-2035', 'PART', '2', 'Hợp phần 2: phát triển vùng đồng bào dân tộc thiểu số và miền núi', false, 'NQ 257/2025/QH15 (programs.md §1, [C] — cần đối chiếu văn bản)')
) AS c (program_code, kind, number, name, verified, source) ON c.program_code = p.code;

-- Sub-projects of the ethnic-minority program named in programs.md: 4.2, 5.1, 5.3 [V existence].
INSERT INTO program_component (program_id, parent_id, kind, number, name, verified, source)
SELECT p.id, parent.id, 'SUB_PROJECT', s.number, s.name, true, s.source
FROM target_program p
JOIN (VALUES
 ('4', '4.2', 'Tiểu dự án 4.2 của Dự án 4 (tên đầy đủ theo QĐ 1719/QĐ-TTg)', 'QĐ 1719/QĐ-TTg, tiểu dự án 4.2 (programs.md §1, [V])'),
 ('5', '5.1', 'Tiểu dự án 5.1 của Dự án 5 (tên đầy đủ theo QĐ 1719/QĐ-TTg)', 'QĐ 1719/QĐ-TTg, tiểu dự án 5.1 (programs.md §1, [V])'),
 ('5', '5.3', 'Tiểu dự án 5.3 của Dự án 5 (tên đầy đủ theo QĐ 1719/QĐ-TTg)', 'QĐ 1719/QĐ-TTg, tiểu dự án 5.3 (programs.md §1, [V])')
) AS s (parent_number, number, name, source) ON true
JOIN program_component parent ON parent.program_id = p.id AND parent.number = s.parent_number
WHERE p.code = 'DTTS-2021-2030';

INSERT INTO criteria_set (code, name, legal_basis, valid_from, valid_to, level, threshold_key, program_id, verified, source)
SELECT s.code, s.name, s.legal_basis, s.valid_from, s.valid_to, s.level, s.threshold_key,
       (SELECT id FROM target_program WHERE code = s.program_code), s.verified, s.source
FROM (VALUES
 ('XA-NTM-2021-2025', 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025', 'Quyết định 318/QĐ-TTg ngày 08/3/2022, Phụ lục I',
  DATE '2022-03-08', DATE '2026-02-14', 'BASIC', 'REGION', 'NTM-2021-2025', true,
  'QĐ 318/QĐ-TTg 08/3/2022, phụ lục I (programs.md §2, [V]); ngày kết thúc suy ra: trước ngày QĐ 51/2025/QĐ-TTg có hiệu lực'),
 ('XA-NTM-NC-2021-2025', 'Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021–2025', 'Quyết định 318/QĐ-TTg ngày 08/3/2022, Phụ lục II',
  DATE '2022-03-08', DATE '2026-02-14', 'ADVANCED', 'REGION', 'NTM-2021-2025', false,
  'QĐ 318/QĐ-TTg, phụ lục II (programs.md §2: văn bản [V], khung 19 tiêu chí mức cao hơn [C])'),
 ('XA-NTM-KM-2021-2025', 'Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025', 'Quyết định 319/QĐ-TTg',
  DATE '2022-03-08', DATE '2026-02-14', 'MODEL', 'NONE', 'NTM-2021-2025', false,
  'QĐ 319/QĐ-TTg (programs.md §2, [V] văn bản; ngày hiệu lực [C])'),
 ('XA-NTM-2026-2030', 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030', 'Quyết định 51/2025/QĐ-TTg ngày 29/12/2025, Phụ lục I',
  DATE '2026-02-15', DATE '2030-12-31', 'BASIC', 'COMMUNE_GROUP', 'MTQG-2026-2035', true,
  'QĐ 51/2025/QĐ-TTg 29/12/2025, hiệu lực 15/02/2026, phụ lục I: 10 tiêu chí, 47 chỉ tiêu, theo nhóm xã 1/2/3 (programs.md §2, [V])'),
 ('XA-NTM-HD-2026-2030', 'Khung tiêu chí xã nông thôn mới hiện đại (thí điểm) giai đoạn 2026–2030', 'Quyết định 51/2025/QĐ-TTg, Phụ lục II',
  DATE '2026-02-15', DATE '2030-12-31', 'MODERN', 'NONE', 'MTQG-2026-2035', false,
  'QĐ 51/2025/QĐ-TTg, phụ lục II (programs.md §2: văn bản [V], khung thí điểm [C])'),
 ('TINH-NTM-2026-2030', 'Điều kiện tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026–2030', 'Quyết định 51/2025/QĐ-TTg, Phụ lục III',
  DATE '2026-02-15', DATE '2030-12-31', 'PROVINCE', 'NONE', 'MTQG-2026-2035', false,
  'QĐ 51/2025/QĐ-TTg, phụ lục III (programs.md §2: văn bản [V], điều kiện [C])')
) AS s (code, name, legal_basis, valid_from, valid_to, level, threshold_key, program_code, verified, source);

UPDATE criteria_set SET parent_set_id = (SELECT id FROM criteria_set WHERE code = 'XA-NTM-2021-2025')
WHERE code = 'XA-NTM-NC-2021-2025';
UPDATE criteria_set SET parent_set_id = (SELECT id FROM criteria_set WHERE code = 'XA-NTM-NC-2021-2025')
WHERE code = 'XA-NTM-KM-2021-2025';

-- The 19 criteria of 2021–2025: names [V], group boundaries [C].
INSERT INTO criterion (set_id, number, name, group_number, group_name, verified, group_verified, source)
SELECT (SELECT id FROM criteria_set WHERE code = 'XA-NTM-2021-2025'), c.number, c.name, c.group_number, c.group_name,
       true, false, 'QĐ 318/QĐ-TTg, phụ lục I (programs.md §2: tên [V], ranh giới nhóm [C])'
FROM (VALUES
 (1, 'Quy hoạch', 'I', 'Quy hoạch'),
 (2, 'Giao thông', 'II', 'Hạ tầng kinh tế – xã hội'),
 (3, 'Thủy lợi và phòng, chống thiên tai', 'II', 'Hạ tầng kinh tế – xã hội'),
 (4, 'Điện', 'II', 'Hạ tầng kinh tế – xã hội'),
 (5, 'Trường học', 'II', 'Hạ tầng kinh tế – xã hội'),
 (6, 'Cơ sở vật chất văn hóa', 'II', 'Hạ tầng kinh tế – xã hội'),
 (7, 'Cơ sở hạ tầng thương mại nông thôn', 'II', 'Hạ tầng kinh tế – xã hội'),
 (8, 'Thông tin và Truyền thông', 'II', 'Hạ tầng kinh tế – xã hội'),
 (9, 'Nhà ở dân cư', 'II', 'Hạ tầng kinh tế – xã hội'),
 (10, 'Thu nhập', 'III', 'Kinh tế và tổ chức sản xuất'),
 (11, 'Nghèo đa chiều', 'III', 'Kinh tế và tổ chức sản xuất'),
 (12, 'Lao động', 'III', 'Kinh tế và tổ chức sản xuất'),
 (13, 'Tổ chức sản xuất và phát triển kinh tế nông thôn', 'III', 'Kinh tế và tổ chức sản xuất'),
 (14, 'Giáo dục và Đào tạo', 'IV', 'Văn hóa – xã hội – môi trường'),
 (15, 'Y tế', 'IV', 'Văn hóa – xã hội – môi trường'),
 (16, 'Văn hóa', 'IV', 'Văn hóa – xã hội – môi trường'),
 (17, 'Môi trường và an toàn thực phẩm', 'IV', 'Văn hóa – xã hội – môi trường'),
 (18, 'Hệ thống chính trị và tiếp cận pháp luật', 'V', 'Hệ thống chính trị'),
 (19, 'Quốc phòng và An ninh', 'V', 'Hệ thống chính trị')
) AS c (number, name, group_number, group_name);

-- The 10 criteria of 2026–2030 [V]; the set has no groups.
INSERT INTO criterion (set_id, number, name, verified, source)
SELECT (SELECT id FROM criteria_set WHERE code = 'XA-NTM-2026-2030'), c.number, c.name, true,
       'QĐ 51/2025/QĐ-TTg, phụ lục I (programs.md §2, [V])'
FROM (VALUES
 (1, 'Quy hoạch'),
 (2, 'Hạ tầng kinh tế – xã hội'),
 (3, 'Phát triển kinh tế nông thôn'),
 (4, 'Đào tạo nguồn nhân lực nông thôn'),
 (5, 'Văn hóa, giáo dục, y tế'),
 (6, 'Giảm nghèo và an sinh xã hội'),
 (7, 'Khoa học công nghệ và chuyển đổi số'),
 (8, 'Môi trường và cảnh quan nông thôn'),
 (9, 'Xây dựng hệ thống chính trị và hành chính công'),
 (10, 'Tiếp cận pháp luật và an ninh, quốc phòng')
) AS c (number, name);

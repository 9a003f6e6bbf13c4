-- Portal demo data (dữ liệu minh họa): documents, articles written for GiupXa, and a history of visitor statistics.
-- The PDF of Official Letter 4393/UBND-NLN is generated at start-up by portal.DemoLetterFile.

INSERT INTO portal_document (number_symbol, type, issued_on, issuer, signer, summary, created_at) VALUES
 ('4393/UBND-NLN', 'OFFICIAL_LETTER', DATE '2023-08-31', 'Ủy ban nhân dân tỉnh Lào Cai', 'Chủ tịch UBND tỉnh',
  'Về việc tăng cường các hoạt động phối hợp giúp đỡ xã triển khai các Chương trình mục tiêu quốc gia (dữ liệu minh họa)', now()),
 ('125/QĐ-UBND', 'DECISION', DATE '2026-01-15', 'Ủy ban nhân dân tỉnh Lào Cai', 'Chủ tịch UBND tỉnh',
  'Kiện toàn phân công lãnh đạo các cơ quan, đơn vị cấp tỉnh giúp đỡ các xã năm 2026 (dữ liệu minh họa)', now()),
 ('36/KH-UBND', 'PLAN', DATE '2026-02-20', 'Ủy ban nhân dân tỉnh Lào Cai', 'Phó Chủ tịch UBND tỉnh',
  'Kế hoạch thực hiện Chương trình mục tiêu quốc gia giai đoạn 2026–2030 trên địa bàn tỉnh (dữ liệu minh họa)', now()),
 ('18/HD-VPĐP', 'GUIDANCE', DATE '2026-03-10', 'Văn phòng Điều phối nông thôn mới tỉnh', 'Chánh Văn phòng',
  'Hướng dẫn ghi nhận chuyến đi cơ sở và báo cáo kết quả giúp đỡ xã trên hệ thống GiupXa (dữ liệu minh họa)', now()),
 ('210/BC-UBND', 'REPORT', DATE '2025-12-12', 'Ủy ban nhân dân tỉnh Lào Cai', 'Phó Chủ tịch UBND tỉnh',
  'Báo cáo kết quả giúp đỡ xã thực hiện các Chương trình mục tiêu quốc gia năm 2025 (dữ liệu minh họa)', now()),
 ('07/TB-SNNMT', 'NOTICE', DATE '2026-04-02', 'Sở Nông nghiệp và Môi trường', 'Giám đốc Sở',
  'Thông báo lịch làm việc của Tổ giúp việc tại xã Bắc Hà và xã Lùng Phình quý II năm 2026 (dữ liệu minh họa)', now()),
 ('02/CT-UBND', 'DIRECTIVE', DATE '2024-03-05', 'Ủy ban nhân dân tỉnh Lào Cai', 'Chủ tịch UBND tỉnh',
  'Chỉ thị đẩy mạnh giảm nghèo bền vững gắn với tạo việc làm ổn định cho lao động nông thôn (dữ liệu minh họa)', now()),
 ('4120/UBND-VX', 'OFFICIAL_LETTER', DATE '2024-09-18', 'Ủy ban nhân dân tỉnh Lào Cai', 'Phó Chủ tịch UBND tỉnh',
  'Về việc huy động doanh nghiệp đỡ đầu mô hình sinh kế tại các xã vùng cao (dữ liệu minh họa)', now());

INSERT INTO portal_article (slug, title, summary, body_html, body_text, author, category_id, featured, status,
                            published_at, created_at, updated_at)
SELECT a.slug, a.title, a.summary, a.body, a.body, a.author, c.id, a.featured, 'PUBLISHED', a.published_at, a.published_at, a.published_at
FROM (VALUES
 ('tang-cuong-cac-hoat-dong-phoi-hop-giup-do-xa-trien-khai-cac-chuong-trinh-muc-tieu-quoc-gia',
  'Tăng cường các hoạt động phối hợp giúp đỡ xã triển khai các Chương trình mục tiêu Quốc gia',
  'Công văn 4393/UBND-NLN ngày 31/8/2023 của UBND tỉnh giao việc cụ thể cho lãnh đạo cơ quan cấp tỉnh, cấp huyện, các đơn vị đánh giá và doanh nghiệp trong việc giúp đỡ xã.',
  '<p>Ngày 31/8/2023, Ủy ban nhân dân tỉnh ban hành Công văn số 4393/UBND-NLN. Văn bản đặt ra một cách làm chung: mỗi xã có một lãnh đạo cơ quan cấp tỉnh đồng hành, phía sau là một tổ giúp việc, còn cấp huyện và các cơ quan đánh giá theo dõi xem việc giúp đỡ có thực chất hay không.</p>'
  || '<h2>Việc của lãnh đạo được phân công và tổ giúp việc</h2><ul>'
  || '<li>Nắm vững chính sách của Trung ương và của tỉnh về các chương trình, rồi chuyển tới cấp ủy, chính quyền xã để làm đúng, làm nhanh.</li>'
  || '<li>Cùng huyện định hướng cho xã để các dự án, tiểu dự án và chỉ tiêu năm, chỉ tiêu giai đoạn về đích, không chồng chéo giữa các chương trình.</li>'
  || '<li>Cử người dự các cuộc họp ở xã, từ họp thôn đến họp chi bộ, để nghe tận nơi những vướng mắc.</li>'
  || '<li>Vướng mắc trong thẩm quyền thì xử lý ngay; vượt thẩm quyền thì báo cáo, đề xuất lên tỉnh hoặc huyện kèm cách gỡ.</li>'
  || '<li>Đi cơ sở có nội dung chuẩn bị trước và báo trước cho xã; sau chuyến đi, tham mưu điều chỉnh chính sách cho sát thực tế.</li>'
  || '<li>Giúp xã nâng năng lực lãnh đạo, phát huy quyền làm chủ của người dân; đẩy mạnh truyền thông và thi đua theo bốn nội dung trọng tâm.</li>'
  || '<li>Vận động tổ chức, cá nhân hỗ trợ mô hình sinh kế, hướng tới mỗi hộ có ít nhất một người trong tuổi lao động có việc làm ổn định.</li>'
  || '<li>Khi lãnh đạo chuyển công tác, người kế nhiệm tiếp tục nhiệm vụ cho tới khi có quyết định phân công mới; việc kiện toàn làm vào tháng 01 hằng năm.</li></ul>'
  || '<h2>Cấp huyện, cấp xã và các đơn vị đánh giá</h2>'
  || '<p>Huyện phân công thành viên ban chỉ đạo và trưởng phòng chuyên môn cùng giúp xã, tổng hợp báo cáo theo quý, 6 tháng, 9 tháng, năm và giai đoạn, đồng thời đào tạo cán bộ xã, thôn. Xã chủ động báo cáo kết quả và kiến nghị. Sở Nội vụ, Sở Lao động - Thương binh và Xã hội, Ban Dân tộc và Văn phòng Điều phối nông thôn mới đánh giá kết quả giúp đỡ làm căn cứ bình xét thi đua hằng năm; doanh nghiệp và đơn vị đỡ đầu trực tiếp hỗ trợ xã.</p>'
  || '<p>GiupXa ghi lại từng phần việc trên: phân công, chuyến đi cơ sở, cuộc họp, khó khăn và đề xuất, để việc theo dõi và đánh giá dựa trên bằng chứng.</p>',
  'Thùy Trang', 'chi-dao-dieu-hanh', true, TIMESTAMPTZ '2023-09-05 08:30:00+07'),
 ('lao-cai-kien-toan-phan-cong-lanh-dao-giup-do-xa-nam-2026', 'Lào Cai kiện toàn phân công lãnh đạo giúp đỡ xã năm 2026',
  'Quyết định 125/QĐ-UBND cập nhật danh sách lãnh đạo cơ quan cấp tỉnh được giao giúp đỡ từng xã sau sắp xếp đơn vị hành chính.',
  '<p>Sau khi tổ chức chính quyền hai cấp, nhiều xã được hợp nhất và nhiều cơ quan đổi tên. Quyết định 125/QĐ-UBND rà lại từng cặp lãnh đạo – xã để không xã nào thiếu người đồng hành.</p><p>Các trường hợp lãnh đạo đã chuyển công tác được bàn giao cho người kế nhiệm, đúng tinh thần giúp đỡ liên tục.</p>',
  'Ban Biên tập', 'chi-dao-dieu-hanh', true, now() - interval '20 days'),
 ('xa-bac-ha-hoan-thanh-tieu-chi-giao-thong-nong-thon', 'Xã Bắc Hà hoàn thành tiêu chí giao thông nông thôn',
  'Nhờ cách làm Nhà nước hỗ trợ vật liệu, người dân góp công, xã Bắc Hà đã cứng hóa thêm 12 km đường thôn.',
  '<p>Tổ giúp việc của Sở Nông nghiệp và Môi trường đã cùng xã lập danh mục tuyến đường ưu tiên ngay từ đầu năm.</p><p>Người dân hiến đất, góp ngày công; doanh nghiệp đỡ đầu hỗ trợ xi măng.</p>',
  'Minh Hằng', 'nong-thon-moi', true, now() - interval '3 days'),
 ('mo-hinh-trong-man-tam-hoa-giup-ho-ngheo-lung-phinh-tang-thu-nhap', 'Mô hình trồng mận tam hoa giúp hộ nghèo Lùng Phình tăng thu nhập',
  'Sau hai vụ, 40 hộ tham gia mô hình có thu nhập bình quân tăng gần một phần ba.',
  '<p>Mô hình do doanh nghiệp đỡ đầu cung cấp giống và bao tiêu sản phẩm, cán bộ khuyến nông hướng dẫn kỹ thuật.</p>',
  'Quốc Việt', 'giam-ngheo-ben-vung', false, now() - interval '5 days'),
 ('tap-huan-can-bo-xa-thon-ve-bao-cao-dinh-ky', 'Tập huấn cán bộ xã, thôn về báo cáo định kỳ các chương trình',
  'Hơn 300 cán bộ được hướng dẫn lập báo cáo quý, 6 tháng, 9 tháng và năm trên hệ thống mới.',
  '<p>Lớp tập huấn tập trung vào số liệu chỉ tiêu, cách ghi khó khăn vướng mắc và đề xuất cụ thể.</p>',
  'Ban Biên tập', 'tin-tuc-su-kien', false, now() - interval '7 days'),
 ('chuyen-di-co-so-phai-co-noi-dung-cu-the', 'Chuyến đi cơ sở phải có nội dung cụ thể và báo trước cho xã',
  'Văn phòng Điều phối hướng dẫn cách lập kế hoạch đi cơ sở để xã kịp chuẩn bị.',
  '<p>Mỗi chuyến đi cần ghi rõ nội dung làm việc, thành phần và thời gian; xã xác nhận đã nhận thông báo trước khi đoàn xuống.</p>',
  'Thu Hà', 'chi-dao-dieu-hanh', false, now() - interval '9 days'),
 ('doanh-nghiep-do-dau-xay-nha-van-hoa-thon', 'Doanh nghiệp đỡ đầu xây nhà văn hóa thôn vùng cao',
  'Ba nhà văn hóa thôn được khánh thành nhờ nguồn vận động xã hội hóa.',
  '<p>Nhà văn hóa là nơi sinh hoạt cộng đồng, họp thôn và tổ chức các lớp học nghề ngắn hạn.</p>',
  'Minh Hằng', 'dan-toc-thieu-so-mien-nui', false, now() - interval '11 days'),
 ('phat-trien-du-lich-sinh-thai-gan-voi-ban-sac-van-hoa', 'Phát triển du lịch sinh thái gắn với bản sắc văn hóa dân tộc',
  'Các xã vùng cao xây dựng sản phẩm du lịch cộng đồng, giữ gìn nghề truyền thống.',
  '<p>Homestay do người dân tự quản, kết hợp trình diễn dệt thổ cẩm và ẩm thực địa phương.</p>',
  'Quốc Việt', 'nong-thon-moi', false, now() - interval '14 days'),
 ('moi-ho-co-it-nhat-mot-nguoi-co-viec-lam-on-dinh', 'Hướng tới mỗi hộ có ít nhất một người có việc làm ổn định',
  'Các xã phối hợp trung tâm dịch vụ việc làm tư vấn, giới thiệu việc làm cho lao động nông thôn.',
  '<p>Danh sách hộ chưa có lao động có việc làm ổn định được cập nhật hằng quý để theo dõi tiến độ.</p>',
  'Thu Hà', 'giam-ngheo-ben-vung', false, now() - interval '17 days'),
 ('moi-truong-nong-thon-sang-xanh-sach-dep', 'Môi trường nông thôn sáng – xanh – sạch – đẹp',
  'Phong trào thu gom rác thải và trồng cây xanh lan rộng ở các thôn bản.',
  '<p>Mỗi thôn có tổ tự quản môi trường; các hộ ký cam kết phân loại rác tại nguồn.</p>',
  'Ban Biên tập', 'nong-thon-moi', false, now() - interval '22 days'),
 ('tong-ket-nam-2025-giup-do-xa', 'Tổng kết năm 2025: kết quả giúp đỡ xã thực hiện các chương trình',
  'Báo cáo 210/BC-UBND nêu kết quả nổi bật và những việc cần làm tiếp trong năm 2026.',
  '<p>Các cơ quan cấp tỉnh đã có hàng trăm lượt đi cơ sở, giải quyết phần lớn khó khăn trong thẩm quyền.</p>',
  'Ban Biên tập', 'tin-tuc-su-kien', false, now() - interval '30 days'),
 ('ke-hoach-chuong-trinh-muc-tieu-quoc-gia-2026-2030', 'Kế hoạch thực hiện Chương trình mục tiêu quốc gia giai đoạn 2026–2030',
  'Tỉnh cụ thể hóa chương trình hợp nhất và bộ tiêu chí xã mới có hiệu lực từ 15/02/2026.',
  '<p>Kế hoạch 36/KH-UBND phân nhóm xã theo điều kiện và đặt lộ trình đạt chuẩn cho từng nhóm.</p>',
  'Thùy Trang', 'chi-dao-dieu-hanh', false, now() - interval '35 days'),
 ('ung-dung-giupxa-ghi-nhan-ket-qua-giup-do-xa', 'Ứng dụng GiupXa ghi nhận kết quả giúp đỡ xã',
  'Hướng dẫn 18/HD-VPĐP giới thiệu cách ghi chuyến đi cơ sở, cuộc họp và khó khăn trên hệ thống.',
  '<p>Cán bộ có thể cập nhật ngay trên điện thoại; dữ liệu được dùng cho báo cáo định kỳ và đánh giá cuối năm.</p>',
  'Ban Biên tập', 'tin-tuc-su-kien', false, now() - interval '40 days'),
 ('nang-cao-nang-luc-lanh-dao-cap-uy-chinh-quyen-xa', 'Nâng cao năng lực lãnh đạo của cấp ủy, chính quyền xã',
  'Các đoàn công tác tỉnh chia sẻ kinh nghiệm điều hành với cán bộ chủ chốt của xã.',
  '<p>Nội dung tập trung vào cách huy động người dân tham gia và giám sát công trình cộng đồng.</p>',
  'Minh Hằng', 'dan-toc-thieu-so-mien-nui', false, now() - interval '45 days')
) AS a(slug, title, summary, body, author, category_slug, featured, published_at)
JOIN portal_category c ON c.slug = a.category_slug;

-- Plain text of each body for search (the application computes it on save).
UPDATE portal_article SET body_text = regexp_replace(regexp_replace(body_html, '<[^>]+>', ' ', 'g'), '\s+', ' ', 'g');

-- A draft that readers must not see.
INSERT INTO portal_article (slug, title, summary, body_html, body_text, author, category_id, status, created_at, updated_at)
SELECT 'ban-nhap-ke-hoach-kiem-tra-quy-iii', 'Bản nháp: kế hoạch kiểm tra quý III', 'Chưa đăng.', '<p>Nội dung đang soạn.</p>',
       'Nội dung đang soạn.', 'Ban Biên tập', id, 'DRAFT', now(), now()
FROM portal_category WHERE slug = 'tin-tuc-su-kien';

INSERT INTO portal_article_document (article_id, document_id)
SELECT a.id, d.id FROM portal_article a JOIN portal_document d ON
  (a.slug = 'tang-cuong-cac-hoat-dong-phoi-hop-giup-do-xa-trien-khai-cac-chuong-trinh-muc-tieu-quoc-gia' AND d.number_symbol = '4393/UBND-NLN')
  OR (a.slug = 'lao-cai-kien-toan-phan-cong-lanh-dao-giup-do-xa-nam-2026' AND d.number_symbol = '125/QĐ-UBND')
  OR (a.slug = 'tong-ket-nam-2025-giup-do-xa' AND d.number_symbol = '210/BC-UBND')
  OR (a.slug = 'ke-hoach-chuong-trinh-muc-tieu-quoc-gia-2026-2030' AND d.number_symbol = '36/KH-UBND')
  OR (a.slug = 'ung-dung-giupxa-ghi-nhan-ket-qua-giup-do-xa' AND d.number_symbol = '18/HD-VPĐP');

-- Views the letter's article had before GiupXa (one past day).
INSERT INTO portal_article_view_day (article_id, day, views, bot_views)
SELECT id, DATE '2023-09-05', 93, 12 FROM portal_article
WHERE slug = 'tang-cuong-cac-hoat-dong-phoi-hop-giup-do-xa-trien-khai-cac-chuong-trinh-muc-tieu-quoc-gia';

-- A year of daily statistics up to yesterday (illustrative figures, weekday/weekend rhythm).
INSERT INTO portal_daily_statistics (day, visitors, page_views, article_views, bot_page_views)
SELECT d::date,
       v, v * 3 + (extract(doy FROM d)::int % 7) * 11, v + (extract(doy FROM d)::int % 5) * 9, 40 + extract(doy FROM d)::int % 30
FROM generate_series((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 400, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1,
                     interval '1 day') AS d,
     LATERAL (SELECT CASE WHEN extract(isodow FROM d) IN (6, 7) THEN 120 ELSE 260 END
                     + (extract(doy FROM d)::int * 37) % 90 AS v) AS vv;

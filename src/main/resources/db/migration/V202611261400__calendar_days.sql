-- The holiday calendar the administrator maintains: public holidays, days off in lieu and make-up
-- working days. Working days = Monday–Friday, minus holidays and days off, plus make-up days.
CREATE TABLE calendar_day (
  day      date         PRIMARY KEY,
  kind     varchar(24)  NOT NULL CHECK (kind IN ('HOLIDAY', 'DAY_OFF_IN_LIEU', 'MAKE_UP_WORKING_DAY')),
  name     varchar(200) NOT NULL,
  source   varchar(300),
  verified boolean      NOT NULL DEFAULT false,
  version  bigint       NOT NULL DEFAULT 0
);

-- Pre-filled for 2026 (Labour Code 2019 art. 112; the 2026 Lunar New Year days for civil servants
-- as announced; see shared/domain/documents-and-calendar.md §3). Rows marked unverified are to be
-- confirmed by the administrator against the Government's announcement.
INSERT INTO calendar_day (day, kind, name, source, verified) VALUES
 ('2026-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112', true),
 ('2026-02-16', 'HOLIDAY', 'Tết Nguyên đán', 'Thông báo nghỉ Tết Bính Ngọ 2026 cho công chức, viên chức', true),
 ('2026-02-17', 'HOLIDAY', 'Tết Nguyên đán', 'Thông báo nghỉ Tết Bính Ngọ 2026 cho công chức, viên chức', true),
 ('2026-02-18', 'HOLIDAY', 'Tết Nguyên đán', 'Thông báo nghỉ Tết Bính Ngọ 2026 cho công chức, viên chức', true),
 ('2026-02-19', 'HOLIDAY', 'Tết Nguyên đán', 'Thông báo nghỉ Tết Bính Ngọ 2026 cho công chức, viên chức', true),
 ('2026-02-20', 'HOLIDAY', 'Tết Nguyên đán', 'Thông báo nghỉ Tết Bính Ngọ 2026 cho công chức, viên chức', true),
 ('2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, Điều 112', true),
 ('2026-04-27', 'DAY_OFF_IN_LIEU', 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)', 'Bộ luật Lao động 2019, Điều 111, 112', true),
 ('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112', true),
 ('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'Bộ luật Lao động 2019, Điều 112', true),
 ('2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'Bộ luật Lao động 2019, Điều 112 — ngày liền kề cần xác nhận theo thông báo', false),
 ('2026-09-02', 'HOLIDAY', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112', true),
 ('2026-11-24', 'HOLIDAY', 'Ngày Văn hóa Việt Nam', 'Được đưa tin là ngày nghỉ có hưởng lương từ 2026 — cần xác nhận', false),
 ('2027-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112', true),
 ('2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112', true),
 ('2027-05-01', 'HOLIDAY', 'Ngày Quốc tế lao động', 'Bộ luật Lao động 2019, Điều 112', true),
 ('2027-09-02', 'HOLIDAY', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112', true);

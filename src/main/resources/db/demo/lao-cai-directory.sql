-- Demo data of the directory's history ("Dữ liệu minh họa"): on 01/03/2025 the Department of Agriculture and
-- Rural Development and the Department of Natural Resources and Environment of the former Lào Cai province
-- (code 10) were merged into the Department of Agriculture and Environment, which the new Lào Cai province
-- (code 15, from 01/07/2025) kept. The directors' seats are carried over to the successor's director.
UPDATE agency SET valid_from = DATE '2025-03-01' WHERE code = 'LCI-SNNMT';
UPDATE agency_position SET valid_from = DATE '2025-03-01'
WHERE title = 'Giám đốc' AND agency_id = (SELECT id FROM agency WHERE code = 'LCI-SNNMT');

INSERT INTO agency (code, name, short_name, kind, unit_id, email, valid_to)
SELECT x.code, x.name, x.short_name, 'DEPARTMENT', u.id, x.email, DATE '2025-02-28'
FROM (VALUES
 ('LCI10-SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Lào Cai', 'Sở NN&PTNT (cũ)', 'snnptnt.cu@laocai.demo'),
 ('LCI10-STNMT', 'Sở Tài nguyên và Môi trường tỉnh Lào Cai', 'Sở TN&MT (cũ)', 'stnmt.cu@laocai.demo')
) AS x (code, name, short_name, email)
JOIN administrative_unit u ON u.level = 'PROVINCE' AND u.code = '10' AND u.valid_to = DATE '2025-06-30';

INSERT INTO agency_position (agency_id, title, kind, rank, valid_to)
SELECT a.id, 'Giám đốc', 'HEAD', 1, DATE '2025-02-28' FROM agency a WHERE a.code IN ('LCI10-SNNPTNT', 'LCI10-STNMT');

INSERT INTO agency_merger (agency_id, successor_agency_id, effective_on)
SELECT a.id, s.id, DATE '2025-03-01'
FROM agency a CROSS JOIN agency s
WHERE a.code IN ('LCI10-SNNPTNT', 'LCI10-STNMT') AND s.code = 'LCI-SNNMT';

INSERT INTO agency_merger_position (merger_id, position_id, successor_position_id)
SELECT m.id, p.id, sp.id
FROM agency_merger m
JOIN agency_position p ON p.agency_id = m.agency_id AND p.title = 'Giám đốc'
JOIN agency_position sp ON sp.agency_id = m.successor_agency_id AND sp.title = 'Giám đốc';

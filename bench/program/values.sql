-- The rows of the workbook to import: every commune in force × the 47 synthetic indicators for the
-- year 2028 (a period with no scorecard yet), as CSV on standard output for ValuesWorkbook.java.
\set ON_ERROR_STOP on
SELECT setseed(0.2028) AS seed \gset
COPY (SELECT u.code, 'BENCH-SYN', '2028', i.code, CASE WHEN i.comparison = 'MET' THEN NULL WHEN i.comparison = 'AT_LEAST' THEN round((50 + random() * 50)::numeric, 1) ELSE round((random() * 25)::numeric, 1) END, CASE WHEN i.comparison = 'MET' THEN (CASE WHEN random() < 0.85 THEN 'có' ELSE 'không' END) END FROM administrative_unit u CROSS JOIN indicator i JOIN criteria_set s ON s.id = i.set_id AND s.code = 'BENCH-SYN' WHERE u.level = 'COMMUNE' AND (u.valid_from IS NULL OR u.valid_from <= DATE '2028-01-01') AND (u.valid_to IS NULL OR u.valid_to >= DATE '2028-01-01') ORDER BY u.code, i.id) TO STDOUT WITH (FORMAT csv);

package vn.giupxa.territory;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Loads the official map of both eras from the CSV seeds in {@code db/seed/territory} (see
 * SOURCES.md there): the three-tier map in force until 30 June 2025, the two-tier map from
 * 1 July 2025, and the lineage from old communes to new ones. Province lineage is derived from
 * the commune lineage. COPY keeps the load to a second or two.
 */
@Component
class V202611261230__territory_official_map extends BaseJavaMigration {

	static final String REFORM_DAY = "2025-07-01";

	private static final String LAST_DAY_BEFORE_REFORM = "2025-06-30";

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement sql = connection.createStatement()) {
			sql.execute("""
					CREATE TEMP TABLE seed_unit (code text, name text, level text, unit_type text, parent_code text)
					ON COMMIT DROP""");
			sql.execute("CREATE TEMP TABLE seed_unit_new (LIKE seed_unit) ON COMMIT DROP");
			sql.execute("CREATE TEMP TABLE seed_lineage (old_code text, new_code text) ON COMMIT DROP");
			copy(connection, "seed_unit", "units_pre2025.csv");
			copy(connection, "seed_unit_new", "units_2025.csv");
			copy(connection, "seed_lineage", "unit_lineage_2025.csv");
			insertEra(sql, "seed_unit", "NULL", "DATE '" + LAST_DAY_BEFORE_REFORM + "'");
			insertEra(sql, "seed_unit_new", "DATE '" + REFORM_DAY + "'", "NULL");
			sql.execute("""
					INSERT INTO unit_lineage (predecessor_id, successor_id, kind, effective_on, legal_basis)
					SELECT DISTINCT o.id, n.id, 'MERGER', DATE '%s',
					       'Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã năm 2025'
					FROM seed_lineage s
					JOIN administrative_unit o ON o.code = s.old_code AND o.level = 'COMMUNE' AND o.valid_to = DATE '%s'
					JOIN administrative_unit n ON n.code = s.new_code AND n.level = 'COMMUNE' AND n.valid_from = DATE '%s'
					""".formatted(REFORM_DAY, LAST_DAY_BEFORE_REFORM, REFORM_DAY));
			sql.execute("""
					INSERT INTO unit_lineage (predecessor_id, successor_id, kind, effective_on, legal_basis)
					SELECT DISTINCT op.id, np.id, 'MERGER', DATE '%s', 'Nghị quyết số 202/2025/QH15 của Quốc hội'
					FROM unit_lineage l
					JOIN administrative_unit o ON o.id = l.predecessor_id
					JOIN administrative_unit od ON od.id = o.parent_id
					JOIN administrative_unit op ON op.id = od.parent_id
					JOIN administrative_unit n ON n.id = l.successor_id
					JOIN administrative_unit np ON np.id = n.parent_id
					WHERE o.level = 'COMMUNE'
					""".formatted(REFORM_DAY));
		}
	}

	private static void insertEra(Statement sql, String table, String validFrom, String validTo) throws Exception {
		for (String level : new String[] { "PROVINCE", "DISTRICT", "COMMUNE" }) {
			sql.execute("""
					INSERT INTO administrative_unit (code, name, level, unit_type, parent_id, path, valid_from, valid_to)
					SELECT s.code, s.name, s.level, s.unit_type, p.id, coalesce(p.path, '/') || s.code || '/', %s, %s
					FROM %s s
					LEFT JOIN administrative_unit p ON p.code = s.parent_code
					     AND p.level = CASE s.level WHEN 'DISTRICT' THEN 'PROVINCE'
					                                WHEN 'COMMUNE' THEN (CASE WHEN EXISTS (SELECT 1 FROM %s d WHERE d.level = 'DISTRICT')
					                                                          THEN 'DISTRICT' ELSE 'PROVINCE' END) END
					     AND p.valid_from IS NOT DISTINCT FROM %s
					WHERE s.level = '%s'
					ORDER BY s.code
					""".formatted(validFrom, validTo, table, table, validFrom, level));
		}
	}

	private static void copy(Connection connection, String table, String file) throws Exception {
		String resource = "/db/seed/territory/" + file;
		try (InputStream in = V202611261230__territory_official_map.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing seed file " + resource);
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
			}
		}
	}
}

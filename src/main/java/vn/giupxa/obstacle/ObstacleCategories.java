package vn.giupxa.obstacle;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The configurable categories of difficulties (capital, land, procedures, mechanisms and policies…). */
@Component
class ObstacleCategories {

	private final JdbcClient jdbc;

	ObstacleCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Category> active(Locale locale) {
		return jdbc.sql("SELECT code, name_vi, name_en FROM obstacle_category WHERE active ORDER BY rank, code")
			.query((rs, n) -> new Category(rs.getString("code"),
					"en".equals(locale.getLanguage()) ? rs.getString("name_en") : rs.getString("name_vi")))
			.list();
	}

	boolean exists(String code) {
		return code != null && jdbc.sql("SELECT count(*) FROM obstacle_category WHERE code = :code AND active")
			.param("code", code)
			.query(Integer.class)
			.single() > 0;
	}

	record Category(String code, String name) {
	}
}

package vn.giupxa.obstacle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.giupxa.shared.Scope;

/**
 * The province's digest of proposals (requirement C): the proposals raised in a period within the
 * caller's scope, grouped by category, with their texts and answers, for the steering committee and
 * the evaluating departments.
 */
@Component
class ProposalDigest {

	private final JdbcClient jdbc;

	ProposalDigest(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Digest of(LocalDate from, LocalDate to, Scope scope, Locale locale) {
		String nameColumn = "en".equals(locale.getLanguage()) ? "c.name_en" : "c.name_vi";
		List<Map.Entry<String, Item>> rows = jdbc.sql("""
				SELECT %s AS category, c.rank, o.id, o.title, o.description, o.solution, u.name AS commune_name
				FROM obstacle o
				JOIN obstacle_category c ON c.code = o.category_code
				JOIN administrative_unit u ON u.id = o.commune_id
				WHERE o.kind = 'PROPOSAL' AND o.raised_at >= :from AND o.raised_at < :to
				  AND (:unrestricted OR o.commune_path LIKE ANY (CAST(:scope AS text[])))
				ORDER BY c.rank, c.code, o.raised_at""".formatted(nameColumn))
			.param("from", from.atStartOfDay(ObstacleRegister.VIETNAM).toOffsetDateTime())
			.param("to", to.plusDays(1).atStartOfDay(ObstacleRegister.VIETNAM).toOffsetDateTime())
			.param("unrestricted", scope.unrestricted())
			.param("scope", scope.likePatterns().toArray(String[]::new))
			.query((rs, n) -> Map.entry(rs.getString("category"), new Item(rs.getLong("id"), rs.getString("title"),
					rs.getString("description"), rs.getString("solution"), rs.getString("commune_name"))))
			.list();
		Map<String, List<Item>> grouped = new LinkedHashMap<>();
		rows.forEach(row -> grouped.computeIfAbsent(row.getKey(), key -> new ArrayList<>()).add(row.getValue()));
		List<Group> groups = grouped.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
		return new Digest(from, to, rows.size(), groups);
	}

	record Digest(LocalDate from, LocalDate to, int total, List<Group> groups) {
	}

	record Group(String category, List<Item> items) {
	}

	record Item(long id, String title, String description, String answer, String communeName) {
	}
}

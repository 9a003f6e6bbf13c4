package vn.giupxa.obstacle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giupxa.shared.Texts;

/**
 * Public transparency: per commune, how many difficulties were raised and resolved, and the average
 * days to an answer. Counts only — no names, no texts.
 */
@Controller
class PublicObstacleController {

	private static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	PublicObstacleController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/cong-khai/kho-khan-vuong-mac")
	String transparency(@RequestParam(required = false) String province, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Map<String, Object> params = new HashMap<>();
		String where = "";
		if (Texts.clean(province) != null) {
			where = " WHERE p.code = :province";
			params.put("province", Texts.clean(province));
		}
		String from = """
				FROM obstacle o JOIN administrative_unit u ON u.id = o.commune_id
				LEFT JOIN administrative_unit p ON p.id = u.parent_id""" + where;
		long total = jdbc.sql("SELECT count(DISTINCT o.commune_id) " + from).params(params).query(Long.class).single();
		int current = Math.max(0, Math.min(page, (int) Math.max(0, (total - 1) / PAGE_SIZE)));
		List<CommuneCounts> rows = jdbc.sql("""
				SELECT u.code, u.name, p.name AS province, count(*) AS raised,
				       count(*) FILTER (WHERE o.state IN ('AWAITING_CONFIRMATION', 'CLOSED')) AS resolved,
				       avg(EXTRACT(EPOCH FROM (o.resolved_at - o.raised_at)) / 86400.0) AS average_days
				""" + from + " GROUP BY u.code, u.name, p.name ORDER BY p.name, u.code LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) current * PAGE_SIZE)
			.query((rs, n) -> new CommuneCounts(rs.getString("code"), rs.getString("name"), rs.getString("province"),
					rs.getLong("raised"), rs.getLong("resolved"),
					rs.getObject("average_days") == null ? null : rs.getDouble("average_days")))
			.list();
		model.addAttribute("communes", new PageImpl<>(rows, PageRequest.of(current, PAGE_SIZE), total));
		model.addAttribute("province", province);
		return "obstacle/public";
	}

	record CommuneCounts(String code, String name, String province, long raised, long resolved, Double averageDays) {
	}
}

package vn.giupxa.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giupxa.shared.Texts;

/** The administrator's search over the audit trail: by user, object and date range, newest first. */
@Controller
class AuditController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	AuditController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/audit")
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String object,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		StringBuilder where = new StringBuilder(" WHERE true");
		Map<String, Object> params = new HashMap<>();
		if (Texts.clean(actor) != null) {
			where.append(" AND lower(actor) = lower(:actor)");
			params.put("actor", Texts.clean(actor));
		}
		if (Texts.clean(object) != null) {
			where.append(" AND (object_type ILIKE :object OR object_id = :objectId)");
			params.put("object", Texts.clean(object));
			params.put("objectId", Texts.clean(object));
		}
		if (from != null) {
			where.append(" AND occurred_at >= :from");
			params.put("from", from.atStartOfDay(VIETNAM).toOffsetDateTime());
		}
		if (to != null) {
			where.append(" AND occurred_at < :to");
			params.put("to", to.plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime());
		}
		int current = Math.max(page, 0);
		long total = jdbc.sql("SELECT count(*) FROM audit_event" + where).params(params).query(Long.class).single();
		List<AuditRow> rows = jdbc.sql("SELECT * FROM audit_event" + where
				+ " ORDER BY occurred_at DESC, id DESC LIMIT " + PAGE_SIZE + " OFFSET :offset")
			.params(params)
			.param("offset", (long) current * PAGE_SIZE)
			.query((rs, n) -> new AuditRow(rs.getLong("id"),
					rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(VIETNAM).toLocalDateTime(),
					rs.getString("actor"), rs.getString("remote_address"), rs.getString("action"),
					rs.getString("object_type"), rs.getString("object_id"), rs.getString("before_state"),
					rs.getString("after_state"), rs.getString("detail")))
			.list();
		model.addAttribute("events", new PageImpl<>(rows, PageRequest.of(current, PAGE_SIZE), total));
		model.addAttribute("actor", actor);
		model.addAttribute("object", object);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/list";
	}

	record AuditRow(long id, java.time.LocalDateTime occurredAt, String actor, String remoteAddress, String action,
			String objectType, String objectId, String before, String after, String detail) {
	}
}

package vn.giupxa.notification;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;

/** The caller's own notices: newest first; opening one marks it read and follows its link. */
@Controller
class NoticeController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final int PAGE_SIZE = 30;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	NoticeController(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@GetMapping("/notices")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		String me = CurrentUser.usernameOrAnonymous();
		int current = Math.max(page, 0);
		long total = jdbc.sql("SELECT count(*) FROM notice WHERE recipient = :me").param("me", me).query(Long.class).single();
		List<NoticeRow> rows = jdbc.sql("""
				SELECT id, message_key, arguments, link, created_at, read_at FROM notice
				WHERE recipient = :me ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
			.param("me", me)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) current * PAGE_SIZE)
			.query((rs, n) -> new NoticeRow(rs.getLong("id"),
					messages.getMessage(rs.getString("message_key"), (String[]) rs.getArray("arguments").getArray(),
							LocaleContextHolder.getLocale()),
					rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(VIETNAM).toLocalDateTime(),
					rs.getObject("read_at") != null))
			.list();
		model.addAttribute("notices", new PageImpl<>(rows, PageRequest.of(current, PAGE_SIZE), total));
		return "notification/notices";
	}

	@PostMapping("/notices/{id}/read")
	@Transactional
	String open(@PathVariable long id) {
		String link = jdbc.sql("""
				UPDATE notice SET read_at = coalesce(read_at, now()) WHERE id = :id AND recipient = :me RETURNING link""")
			.param("id", id)
			.param("me", CurrentUser.usernameOrAnonymous())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("notice.notFound", id));
		return "redirect:" + (link == null || !link.startsWith("/") ? "/notices" : link);
	}

	@PostMapping("/notices/read-all")
	@Transactional
	String readAll() {
		jdbc.sql("UPDATE notice SET read_at = now() WHERE recipient = :me AND read_at IS NULL")
			.param("me", CurrentUser.usernameOrAnonymous())
			.update();
		return "redirect:/notices";
	}

	record NoticeRow(long id, String text, java.time.LocalDateTime createdAt, boolean read) {
	}
}

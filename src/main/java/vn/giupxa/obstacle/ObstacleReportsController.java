package vn.giupxa.obstacle;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.giupxa.shared.Downloads;
import vn.giupxa.shared.CurrentUser;

/** The register as a spreadsheet, and the digest of proposals for a period (page and DOCX). */
@Controller
class ObstacleReportsController {

	private static final int EXPORT_CAP = 50_000;

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ObstacleRegister register;

	private final ObstacleCategories categories;

	private final ProposalDigest digest;

	private final ObstacleExports exports;

	private final Clock clock;

	ObstacleReportsController(ObstacleRegister register, ObstacleCategories categories, ProposalDigest digest,
			ObstacleExports exports, Clock clock) {
		this.register = register;
		this.categories = categories;
		this.digest = digest;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/obstacles/export.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") RegisterFilter filter) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> names = categories.active(locale).stream()
			.collect(Collectors.toMap(ObstacleCategories.Category::code, ObstacleCategories.Category::name));
		byte[] body = exports.registerXlsx(register.all(filter, CurrentUser.scope(), EXPORT_CAP), names, locale);
		return download(body, XLSX, "kho-khan-vuong-mac-" + LocalDate.now(clock) + ".xlsx");
	}

	@GetMapping("/obstacles/digest")
	String digest(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		model.addAttribute("digest", digest.of(start, end, CurrentUser.scope(), LocaleContextHolder.getLocale()));
		return "obstacle/digest";
	}

	@GetMapping("/obstacles/digest.docx")
	ResponseEntity<byte[]> digestDocx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) throws IOException {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		Locale locale = LocaleContextHolder.getLocale();
		byte[] body = exports.digestDocx(digest.of(start, end, CurrentUser.scope(), locale), locale);
		return download(body, DOCX, "tong-hop-kien-nghi-" + start + "-" + end + ".docx");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return Downloads.attachment(type, filename).body(body);
	}
}

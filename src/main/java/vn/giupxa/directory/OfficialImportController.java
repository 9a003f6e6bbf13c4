package vn.giupxa.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.shared.Downloads;

/**
 * Imports officials from a CSV file ("nhập danh sách cán bộ"): the form, a template to fill in, and the
 * upload, which either writes every row or shows every problem by line and column and writes nothing.
 */
@Controller
@RequestMapping("/directory/officials/import")
class OfficialImportController {

	private static final String PAGE = "directory/import";

	/** Excel opens a UTF-8 CSV correctly only when it starts with a byte order mark. */
	private static final String TEMPLATE = "\uFEFF" + String.join(",", OfficialCsv.COLUMNS) + "\r\n";

	private final OfficialImport imports;

	OfficialImportController(OfficialImport imports) {
		this.imports = imports;
	}

	@ModelAttribute("columns")
	List<String> columns() {
		return OfficialCsv.COLUMNS;
	}

	@ModelAttribute("maxRows")
	int maxRows() {
		return OfficialCsv.MAX_ROWS;
	}

	@GetMapping
	String initImportForm() {
		return PAGE;
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template() {
		return Downloads.attachment(new MediaType("text", "csv", StandardCharsets.UTF_8), "can-bo.csv")
			.body(TEMPLATE.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping
	String processImportForm(@RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return problem(model, "directory.import.noFile");
		}
		if (file.getSize() > CsvText.MAX_BYTES) {
			return problem(model, "directory.import.tooLarge", CsvText.MAX_BYTES / (1024 * 1024));
		}
		OfficialImport.Outcome outcome;
		try {
			outcome = imports.run(file.getBytes(), file.getOriginalFilename());
		}
		catch (DataIntegrityViolationException concurrentChange) {
			return problem(model, "directory.import.conflict");
		}
		if (!outcome.problems().isEmpty()) {
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("problems", outcome.problems());
			return PAGE;
		}
		redirect.addFlashAttribute("message", "directory.import.done");
		redirect.addFlashAttribute("imported", outcome.imported());
		return "redirect:/directory/officials/import";
	}

	private static String problem(Model model, String key, Object... arguments) {
		model.addAttribute("problems", List.of(new OfficialCsv.Problem(0, null, key,
				Arrays.stream(arguments).map(String::valueOf).toList())));
		return PAGE;
	}
}

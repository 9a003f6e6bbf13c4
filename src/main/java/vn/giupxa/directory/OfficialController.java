package vn.giupxa.directory;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officials: list and accent-insensitive search, create, and edit with the positions held over time. */
@Controller
@RequestMapping("/directory/officials")
class OfficialController {

	private static final String FORM = "directory/official";

	private final Directory directory;

	private final DirectorySearch search;

	private final DirectoryService service;

	private final Clock clock;

	OfficialController(Directory directory, DirectorySearch search, DirectoryService service, Clock clock) {
		this.directory = directory;
		this.search = search;
		this.service = service;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("officials", search.officials(q, page, DirectorySearch.PAGE_SIZE, LocalDate.now(clock)));
		return "directory/officials";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", OfficialForm.empty());
		return FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") OfficialForm form, BindingResult result,
			RedirectAttributes redirect) {
		Official official = result.hasErrors() ? null : service.createOfficial(form, result);
		if (official == null) {
			return FORM;
		}
		redirect.addFlashAttribute("message", "directory.official.created");
		return "redirect:/directory/officials/" + official.getId();
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		Official official = service.official(id);
		model.addAttribute("form", new OfficialForm(official.getFullName(), official.getEmail(), official.getPhone(),
				official.getNote(), official.getVersion()));
		return officialPage(id, model);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") OfficialForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			service.updateOfficial(id, form, result);
		}
		if (result.hasErrors()) {
			return officialPage(id, model);
		}
		redirect.addFlashAttribute("message", "directory.official.updated");
		return "redirect:/directory/officials/" + id;
	}

	private String officialPage(long id, Model model) {
		model.addAttribute("officialId", id);
		model.addAttribute("holdings", directory.holdingsOf(id));
		model.addAttribute("today", LocalDate.now(clock));
		return FORM;
	}
}

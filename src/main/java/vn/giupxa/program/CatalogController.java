package vn.giupxa.program;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.NotFoundException;

/** The public catalog pages (programs with their trees, criteria sets) and the Coordination Office's edits. */
@Controller
class CatalogController {

	private final Catalog catalog;

	private final CatalogService service;

	CatalogController(Catalog catalog, CatalogService service) {
		this.catalog = catalog;
		this.service = service;
	}

	@ModelAttribute("componentKinds")
	ComponentKind[] componentKinds() {
		return ComponentKind.values();
	}

	@GetMapping("/programs")
	String programs(Model model) {
		model.addAttribute("programs", catalog.programs());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ComponentForm.empty());
		}
		return "program/programs";
	}

	@PostMapping("/programs/{code}/components")
	String addComponent(@PathVariable String code, @Valid @ModelAttribute("form") ComponentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				service.addComponent(code, form);
			}
			catch (BusinessRuleException broken) {
				result.reject(broken.messageKey(), broken.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("formProgram", code);
			return programs(model);
		}
		redirect.addFlashAttribute("message", "program.component.added");
		return "redirect:/programs#" + code;
	}

	@PostMapping("/programs/components/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		service.close(id);
		redirect.addFlashAttribute("message", "program.component.closed");
		return "redirect:/programs";
	}

	@PostMapping("/programs/components/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		service.delete(id);
		redirect.addFlashAttribute("message", "program.component.deleted");
		return "redirect:/programs";
	}

	@GetMapping("/criteria-sets")
	String sets(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("sets", catalog.sets(Math.max(page, 0), 50));
		return "program/criteria-sets";
	}

	@GetMapping("/criteria-sets/{code}")
	String set(@PathVariable String code, Model model) {
		Catalog.SetView set = catalog.set(code).orElseThrow(() -> new NotFoundException("program.set.notFound", code));
		model.addAttribute("set", set);
		model.addAttribute("criteria", catalog.criteria(set.id()));
		model.addAttribute("keyValues", set.thresholdKey().keyValues());
		return "program/criteria-set";
	}
}

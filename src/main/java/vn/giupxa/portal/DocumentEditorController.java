package vn.giupxa.portal;

import java.io.IOException;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' register of official documents: record a document, correct it, attach its files. */
@Controller
@RequestMapping("/portal/documents")
class DocumentEditorController {

	private static final String FORM = "portal/editor/document";

	private final DocumentService service;

	private final PortalReader reader;

	private final FileService fileService;

	DocumentEditorController(DocumentService service, PortalReader reader, FileService fileService) {
		this.service = service;
		this.reader = reader;
		this.fileService = fileService;
	}

	@ModelAttribute("types")
	DocumentType[] types() {
		return DocumentType.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("documents", reader.documents(null, null, null, q, page, 25));
		return "portal/editor/documents";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", DocumentForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") DocumentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OfficialDocument document = result.hasErrors() ? null : service.create(form, result);
		if (document == null) {
			return form(model, null);
		}
		redirect.addFlashAttribute("message", "portal.document.created");
		return "redirect:/portal/documents/" + document.getId();
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("form", service.document(id).toForm());
		return form(model, id);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors() || !service.update(id, form, result)) {
			return form(model, id);
		}
		redirect.addFlashAttribute("message", "portal.document.saved");
		return "redirect:/portal/documents/" + id;
	}

	@PostMapping("/{id}/files")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		service.document(id);
		try {
			if (file == null || file.isEmpty()) {
				throw new RefusedFileException("portal.file.empty");
			}
			fileService.acceptDocumentFile(id, file.getOriginalFilename(), file.getBytes());
		}
		catch (RefusedFileException refused) {
			model.addAttribute("form", service.document(id).toForm());
			model.addAttribute("uploadError", refused.messageKey());
			model.addAttribute("uploadErrorArgument", refused.arguments().length > 0 ? refused.arguments()[0] : null);
			return form(model, id);
		}
		reader.invalidate();
		redirect.addFlashAttribute("message", "portal.file.uploaded");
		return "redirect:/portal/documents/" + id;
	}

	private String form(Model model, Long id) {
		model.addAttribute("documentId", id);
		model.addAttribute("document", id == null ? null : reader.document(id).orElse(null));
		model.addAttribute("maxSizeMegabytes", fileService.maxSize().toMegabytes());
		model.addAttribute("maxSizeBytes", fileService.maxSize().toBytes());
		return FORM;
	}
}

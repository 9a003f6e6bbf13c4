package vn.giupxa.portal;

import java.io.InputStream;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;


import vn.giupxa.portal.PortalViews.DocumentSummary;
import vn.giupxa.shared.Downloads;
import vn.giupxa.shared.NotFoundException;

import vn.giupxa.files.FileStore;

/**
 * The public register of official documents ("văn bản"): list with type, issuer and year filters
 * and search, a document's page, and downloads ("Tải về"), always as attachments.
 */
@Controller
class DocumentController {

	static final int PAGE_SIZE = 15;

	private final PortalReader reader;

	private final FileStore store;

	private final StoredFileRepository files;

	DocumentController(PortalReader reader, FileStore store, StoredFileRepository files) {
		this.reader = reader;
		this.store = store;
		this.files = files;
	}

	@GetMapping("/van-ban")
	String list(@RequestParam(required = false) DocumentType loai, @RequestParam(required = false) String coQuan,
			@RequestParam(required = false) Integer nam, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") int trang, jakarta.servlet.http.HttpServletRequest request, Model model) {
		PublicPageCache.offer(request, null);
		model.addAttribute("documents", reader.documents(loai, coQuan, nam, q, trang - 1, PAGE_SIZE));
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("issuers", reader.issuers());
		model.addAttribute("years", reader.years());
		model.addAttribute("loai", loai);
		model.addAttribute("coQuan", coQuan);
		model.addAttribute("nam", nam);
		model.addAttribute("q", q);
		return "portal/documents";
	}

	@GetMapping("/van-ban/{id}")
	String show(@PathVariable long id, Model model) {
		DocumentSummary document = reader.document(id).orElseThrow(() -> new NotFoundException("portal.document.notFound"));
		model.addAttribute("document", document);
		model.addAttribute("articles", reader.articlesWithDocument(id));
		return "portal/document";
	}

	@GetMapping("/tai-ve/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id) {
		StoredFile file = files.findById(id).filter(f -> !f.getKind().image())
			.orElseThrow(() -> new NotFoundException("portal.file.notFound"));
		InputStream content = store.open(file.getStoredName());
		reader.countDownload(id);
		return Downloads.attachment(MediaType.parseMediaType(file.getKind().contentType()), file.getOriginalName())
			.contentLength(file.getSizeBytes())
			.body(new InputStreamResource(content));
	}

}

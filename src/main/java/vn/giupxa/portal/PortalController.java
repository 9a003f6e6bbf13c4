package vn.giupxa.portal;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.giupxa.portal.PortalViews.ArticleDetail;
import vn.giupxa.portal.PortalViews.CategoryView;
import vn.giupxa.shared.NotFoundException;

import vn.giupxa.files.FileStore;

/**
 * The public portal: home page, news lists by category, the article page, search, and article
 * images. The pages are offered to the {@link PublicPageCache}, which also counts article views. Page numbers in addresses start at 1 ({@code ?trang=2}).
 */
@Controller
class PortalController {

	static final int NEWS_PAGE_SIZE = 10;

	static final int OTHER_NEWS_PAGE_SIZE = 5;

	private final PortalReader reader;

	private final Search search;

	private final FileStore store;

	private final StoredFileRepository files;

	PortalController(PortalReader reader, Search search, FileStore store, StoredFileRepository files) {
		this.reader = reader;
		this.search = search;
		this.store = store;
		this.files = files;
	}

	@GetMapping("/")
	String home(HttpServletRequest request, Model model) {
		PublicPageCache.offer(request, null);
		model.addAttribute("featured", reader.featured(3));
		model.addAttribute("latest", reader.articles(null, 0, 0, 8));
		model.addAttribute("documents", reader.documents(null, null, null, null, 0, 5));
		return "portal/home";
	}

	@GetMapping("/tin-tuc")
	String news(@RequestParam(defaultValue = "1") int trang, HttpServletRequest request, Model model) {
		PublicPageCache.offer(request, null);
		model.addAttribute("articles", reader.articles(null, 0, trang - 1, NEWS_PAGE_SIZE));
		return "portal/news";
	}

	@GetMapping("/chuyen-muc/{slug}")
	String category(@PathVariable String slug, @RequestParam(defaultValue = "1") int trang, HttpServletRequest request,
			Model model) {
		CategoryView category = reader.category(slug).orElseThrow(() -> new NotFoundException("portal.category.notFound"));
		PublicPageCache.offer(request, null);
		model.addAttribute("category", category);
		model.addAttribute("articles", reader.articles(category.id(), 0, trang - 1, NEWS_PAGE_SIZE));
		return "portal/news";
	}

	@GetMapping("/tin-tuc/{slug}")
	String article(@PathVariable String slug, @RequestParam(defaultValue = "1") int trang, HttpServletRequest request,
			Model model) {
		ArticleDetail article = reader.article(slug).orElseThrow(() -> new NotFoundException("portal.article.notFound", slug));
		// The view is counted by the page cache, whether this page is rendered now or read from it.
		PublicPageCache.offer(request, article.id());
		model.addAttribute("article", article);
		model.addAttribute("viewCount", PageSlots.token(PageSlots.Slot.VIEWS));
		model.addAttribute("others", reader.articles(null, article.id(), trang - 1, OTHER_NEWS_PAGE_SIZE));
		model.addAttribute("canonical", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/tin-tuc/{slug}").buildAndExpand(slug).toUriString());
		return "portal/article";
	}

	@GetMapping("/tim-kiem")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int trang,
			HttpServletRequest request, Model model) {
		PublicPageCache.offer(request, null);
		model.addAttribute("q", q);
		model.addAttribute("hits", search.search(q, trang - 1));
		return "portal/search";
	}

	@GetMapping("/anh/{id}")
	ResponseEntity<InputStreamResource> image(@PathVariable long id) throws IOException {
		StoredFile file = files.findById(id).filter(f -> f.getKind().image())
			.orElseThrow(() -> new NotFoundException("portal.file.notFound"));
		InputStream content = store.open(file.getStoredName());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getKind().contentType()))
			.contentLength(file.getSizeBytes())
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}
}

package vn.giupxa.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
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

import vn.giupxa.portal.PortalViews.ArticleDetail;
import vn.giupxa.portal.PortalViews.CategoryView;
import vn.giupxa.shared.CurrentUser;

/** The editors' desk ("biên tập"): list of all articles, write, preview, publish now or later, withdraw. */
@Controller
@RequestMapping("/portal/articles")
class ArticleEditorController {

	private static final String FORM = "portal/editor/article";

	private static final int PAGE_SIZE = 25;

	private final ArticleService service;

	private final PortalReader reader;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final FileService fileService;

	ArticleEditorController(ArticleService service, PortalReader reader, JdbcClient jdbc, Clock clock,
			FileService fileService) {
		this.service = service;
		this.reader = reader;
		this.jdbc = jdbc;
		this.clock = clock;
		this.fileService = fileService;
	}

	/** A line of the editors' list. */
	record Row(long id, String slug, String title, ArticleStatus status, LocalDateTime publishedAt, boolean live,
			String categoryName, long views) {
	}

	@ModelAttribute("categoryChoices")
	List<CategoryView> categoryChoices() {
		return reader.categories();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		long total = jdbc.sql("SELECT count(*) FROM portal_article").query(Long.class).single();
		int current = PortalReader.clamp(page, total, PAGE_SIZE);
		List<Row> rows = jdbc.sql("""
				SELECT a.id, a.slug, a.title, a.status, a.published_at, c.name AS category_name,
				       (SELECT coalesce(sum(v.views), 0) FROM portal_article_view_day v WHERE v.article_id = a.id) AS views
				FROM portal_article a JOIN portal_category c ON c.id = a.category_id
				ORDER BY a.updated_at DESC, a.id DESC LIMIT :size OFFSET :offset""")
			.param("size", PAGE_SIZE).param("offset", (long) current * PAGE_SIZE)
			.query((rs, row) -> {
				Instant published = rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant();
				ArticleStatus status = ArticleStatus.valueOf(rs.getString("status"));
				return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), status,
						published == null ? null : LocalDateTime.ofInstant(published, clock.getZone()),
						status == ArticleStatus.PUBLISHED && !published.isAfter(Instant.now(clock)),
						rs.getString("category_name"), rs.getLong("views"));
			})
			.list();
		model.addAttribute("articles", new PageImpl<>(rows, PageRequest.of(current, PAGE_SIZE), total));
		return "portal/editor/articles";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", ArticleForm.empty(CurrentUser.get().map(user -> user.displayName()).orElse("")));
		return form(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile image, Model model, RedirectAttributes redirect) {
		Article article = result.hasErrors() ? null : service.create(form, image, result);
		if (article == null) {
			return form(model, null);
		}
		redirect.addFlashAttribute("message", "portal.article.created");
		return "redirect:/portal/articles/" + article.getId();
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		Article article = service.article(id);
		model.addAttribute("form", new ArticleForm(article.getTitle(), article.getSummary(), article.getBodyHtml(),
				article.getAuthor(), article.getCategoryId(), article.isFeatured(), article.getImageAlt(),
				List.copyOf(article.getDocumentIds()), null, article.getVersion()));
		return form(model, article);
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form,
			BindingResult result, @RequestParam(required = false) MultipartFile image, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || !service.update(id, form, image, result)) {
			return form(model, service.article(id));
		}
		redirect.addFlashAttribute("message", "portal.article.saved");
		return "redirect:/portal/articles/" + id;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) LocalDateTime publishAt,
			RedirectAttributes redirect) {
		service.publish(id, publishAt);
		boolean scheduled = publishAt != null && publishAt.isAfter(LocalDateTime.now(clock));
		redirect.addFlashAttribute("message", scheduled ? "portal.article.scheduled" : "portal.article.published");
		return "redirect:/portal/articles/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		service.withdraw(id);
		redirect.addFlashAttribute("message", "portal.article.withdrawn");
		return "redirect:/portal/articles/" + id;
	}

	@GetMapping("/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		Article article = service.article(id);
		CategoryView category = reader.categories().stream().filter(c -> c.id() == article.getCategoryId()).findFirst()
			.orElseThrow();
		LocalDateTime at = article.getPublishedAt() == null ? LocalDateTime.now(clock)
				: LocalDateTime.ofInstant(article.getPublishedAt(), clock.getZone());
		model.addAttribute("article", new ArticleDetail(article.getId(), article.getSlug(), article.getTitle(),
				article.getSummary(), article.getBodyHtml(), article.getAuthor(), at, category.slug(), category.name(),
				article.getImageFileId(), article.getImageAlt(), 0, List.of()));
		model.addAttribute("viewCount", "0");
		model.addAttribute("preview", true);
		model.addAttribute("categories", reader.categories());
		model.addAttribute("others", reader.articles(null, article.getId(), 0, PortalController.OTHER_NEWS_PAGE_SIZE));
		return "portal/article";
	}

	/** The article being edited, as the form page shows it (entities never reach templates). */
	record Edited(long id, String slug, String title, ArticleStatus status) {
	}

	private String form(Model model, Article article) {
		model.addAttribute("article", article == null ? null
				: new Edited(article.getId(), article.getSlug(), article.getTitle(), article.getStatus()));
		model.addAttribute("live", article != null && article.isLive(Instant.now(clock)));
		model.addAttribute("documentChoices", reader.recentDocuments(200));
		model.addAttribute("maxSizeMegabytes", fileService.maxSize().toMegabytes());
		model.addAttribute("maxSizeBytes", fileService.maxSize().toBytes());
		return FORM;
	}
}

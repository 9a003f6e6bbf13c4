package vn.giupxa.portal;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.giupxa.portal.PortalViews.CategoryView;

/** What every public portal page shows around its content: the category menu and the visitor statistics. */
@ControllerAdvice(assignableTypes = { PortalController.class, DocumentController.class })
class PublicPageModel {

	private final PortalReader reader;

	private final VisitorStatistics statistics;

	PublicPageModel(PortalReader reader, VisitorStatistics statistics) {
		this.reader = reader;
		this.statistics = statistics;
	}

	@ModelAttribute("categories")
	List<CategoryView> categories() {
		return reader.categories();
	}

	@ModelAttribute("visitorStatistics")
	VisitorStatistics.Summary visitorStatistics() {
		return statistics.summary();
	}
}

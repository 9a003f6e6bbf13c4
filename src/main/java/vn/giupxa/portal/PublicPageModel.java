package vn.giupxa.portal;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.giupxa.portal.PortalViews.CategoryView;

/** What every public portal page shows around its content: the category menu and the visitor statistics. */
@ControllerAdvice(assignableTypes = { PortalController.class, DocumentController.class })
class PublicPageModel {

	private final PortalReader reader;

	PublicPageModel(PortalReader reader) {
		this.reader = reader;
	}

	@ModelAttribute("categories")
	List<CategoryView> categories() {
		return reader.categories();
	}

	/** The block's figures are tokens: {@link PublicPageCache} puts the live ones in every response. */
	@ModelAttribute("visitorStatistics")
	PageSlots.Statistics visitorStatistics() {
		return PageSlots.Statistics.TOKENS;
	}
}

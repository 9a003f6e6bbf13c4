package vn.giupxa.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.giupxa.account.Role;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.HomePanel;
import vn.giupxa.shared.Scope;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;

/**
 * The signed-in workspace, which lists the units in the caller's scope (the public home page is the portal's).
 */
@Controller
class HomeController {

	private final Territory territory;

	private final List<HomePanel> panels;

	private final Clock clock;

	HomeController(Territory territory, List<HomePanel> panels, Clock clock) {
		this.territory = territory;
		this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
		this.clock = clock;
	}

	@GetMapping("/home")
	String workspace(Model model) {
		Scope scope = CurrentUser.scope();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		// Roles only: the authentication also carries factor authorities (how the caller signed in), which are no role.
		model.addAttribute("roles", Role.ofCaller());
		model.addAttribute("unrestricted", scope.unrestricted());
		if (!scope.unrestricted()) {
			model.addAttribute("provinces", territory.withinPaths(scope.paths(), UnitLevel.PROVINCE, today));
			model.addAttribute("communes", territory.withinPaths(scope.paths(), UnitLevel.COMMUNE, today));
		}
		List<ShownPanel> shown = new ArrayList<>();
		CurrentUser.get().ifPresent(user -> panels.forEach(panel -> panel.modelFor(user)
			.ifPresent(panelModel -> shown.add(new ShownPanel(panel.template(), panelModel)))));
		model.addAttribute("panels", shown);
		return "system/home";
	}

	/** A panel to render: its template and its own model. */
	record ShownPanel(String template, Map<String, Object> model) {
	}
}

package vn.giupxa.obstacle;

import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.audit.AuditAction;
import vn.giupxa.audit.AuditTrail;
import vn.giupxa.shared.Texts;

/** The administrator sets how many working days each level has, by category where it matters, and keeps the categories. */
@Controller
@RequestMapping("/admin/obstacle-rules")
class DeadlineRuleController {

	private static final String PAGE = "obstacle/rules";

	private final JdbcClient jdbc;

	private final ObstacleCategories categories;

	private final AuditTrail audit;

	DeadlineRuleController(JdbcClient jdbc, ObstacleCategories categories, AuditTrail audit) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.audit = audit;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new DeadlineRuleForm(ObstacleLevel.COMMUNE, "", 5));
		return populate(model);
	}

	@PostMapping
	@Transactional
	String save(@Valid @ModelAttribute("form") DeadlineRuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String category = Texts.clean(form.categoryCode());
		if (category != null && !categories.exists(category)) {
			result.rejectValue("categoryCode", "obstacle.category.unknown");
		}
		if (result.hasErrors()) {
			return populate(model);
		}
		jdbc.sql("""
				INSERT INTO obstacle_deadline_rule (level, category_code, working_days) VALUES (:level, :category, :days)
				ON CONFLICT (level, coalesce(category_code, '')) DO UPDATE SET working_days = EXCLUDED.working_days,
				  version = obstacle_deadline_rule.version + 1""")
			.param("level", form.level().name())
			.param("category", category)
			.param("days", form.workingDays())
			.update();
		audit.record(AuditAction.UPDATE, "ObstacleDeadlineRule", form.level() + "/" + (category == null ? "*" : category),
				"working days = " + form.workingDays());
		redirect.addFlashAttribute("message", "obstacle.rules.saved");
		return "redirect:/admin/obstacle-rules";
	}

	@PostMapping("/categories")
	@Transactional
	String saveCategory(@Valid @ModelAttribute("category") CategoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("form", new DeadlineRuleForm(ObstacleLevel.COMMUNE, "", 5));
			return populate(model);
		}
		jdbc.sql("""
				INSERT INTO obstacle_category (code, name_vi, name_en, rank, active) VALUES (:code, :vi, :en, :rank, :active)
				ON CONFLICT (code) DO UPDATE SET name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
				  rank = EXCLUDED.rank, active = EXCLUDED.active, version = obstacle_category.version + 1""")
			.param("code", form.code())
			.param("vi", Texts.clean(form.nameVi()))
			.param("en", Texts.clean(form.nameEn()))
			.param("rank", form.rank())
			.param("active", form.active())
			.update();
		audit.record(AuditAction.UPDATE, "ObstacleCategory", form.code(),
				Texts.clean(form.nameVi()) + (Boolean.TRUE.equals(form.active()) ? "" : " (inactive)"));
		redirect.addFlashAttribute("message", "obstacle.categories.saved");
		return "redirect:/admin/obstacle-rules";
	}

	private String populate(Model model) {
		if (!model.containsAttribute("category")) {
			model.addAttribute("category", new CategoryForm("", "", "", 100, true));
		}
		model.addAttribute("allCategories", jdbc.sql(
				"SELECT code, name_vi, name_en, rank, active FROM obstacle_category ORDER BY rank, code")
			.query((rs, n) -> new CategoryForm(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
					rs.getInt("rank"), rs.getBoolean("active")))
			.list());
		model.addAttribute("levels", ObstacleLevel.values());
		model.addAttribute("categories", categories.active(LocaleContextHolder.getLocale()));
		model.addAttribute("rules", jdbc.sql("""
				SELECT level, category_code, working_days FROM obstacle_deadline_rule
				ORDER BY CASE level WHEN 'COMMUNE' THEN 1 WHEN 'DISTRICT' THEN 2 WHEN 'PROVINCE' THEN 3 ELSE 4 END,
				         category_code NULLS FIRST""")
			.query((rs, n) -> new Rule(ObstacleLevel.valueOf(rs.getString("level")), rs.getString("category_code"),
					rs.getInt("working_days")))
			.list());
		return PAGE;
	}

	record Rule(ObstacleLevel level, String categoryCode, int workingDays) {
	}
}

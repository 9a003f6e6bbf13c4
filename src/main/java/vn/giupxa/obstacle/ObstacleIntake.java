package vn.giupxa.obstacle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/**
 * The module's API for other modules: difficulties found in a visit or meeting report enter the register
 * here, raised at the commune level by the reporter, with where they came from.
 */
@Service
public class ObstacleIntake {

	/** Where an item came from: the {@code obstacle.source} values other than a direct raise. */
	public static final String VISIT_REPORT = "VISIT_REPORT";

	public static final String MEETING_REPORT = "MEETING_REPORT";

	private final ObstacleRepository obstacles;

	private final ObstacleCategories categories;

	private final DeadlineRules deadlines;

	private final Territory territory;

	private final Clock clock;

	ObstacleIntake(ObstacleRepository obstacles, ObstacleCategories categories, DeadlineRules deadlines,
			Territory territory, Clock clock) {
		this.obstacles = obstacles;
		this.categories = categories;
		this.deadlines = deadlines;
		this.territory = territory;
		this.clock = clock;
	}

	/** Raises a difficulty from a report, in the caller's transaction; returns the new item's id. */
	@Transactional
	public long raiseFromReport(String reportKind, long reportId, String communeCode, String title,
			String description, String categoryCode) {
		if (!VISIT_REPORT.equals(reportKind) && !MEETING_REPORT.equals(reportKind)) {
			throw new IllegalArgumentException("unknown report kind " + reportKind);
		}
		if (!categories.exists(categoryCode)) {
			throw new BusinessRuleException("obstacle.category.unknown");
		}
		LocalDate today = LocalDate.now(clock);
		UnitView commune = territory.findByCode(communeCode, today)
			.filter(unit -> unit.level() == UnitLevel.COMMUNE)
			.orElseThrow(() -> new BusinessRuleException("obstacle.commune.unknown", communeCode));
		Obstacle obstacle = Obstacle.raise(ObstacleKind.DIFFICULTY, Texts.clean(title), Texts.clean(description),
				categoryCode, commune.id(), commune.path(), CurrentUser.usernameOrAnonymous(), clock.instant(), today,
				deadlines.dueOn(ObstacleLevel.COMMUNE, categoryCode, today));
		obstacle.cameFrom(reportKind, reportId);
		return obstacles.save(obstacle).getId();
	}

	/** The active categories, for a report form's choice list. */
	@Transactional(readOnly = true)
	public List<Category> categories(Locale locale) {
		return categories.active(locale).stream().map(c -> new Category(c.code(), c.name())).toList();
	}

	/** A category of difficulties, named in the reader's language. */
	public record Category(String code, String name) {
	}
}

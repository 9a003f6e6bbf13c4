package vn.giupxa.program;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.ReportingPeriod;
import vn.giupxa.territory.UnitView;

/**
 * Changes to scorecards, recognitions and classifications. The commune (in scope) enters and submits;
 * the Coordination Office verifies or returns; a stale version is refused, never overwritten.
 */
@Service
@Transactional
class ScorecardService {

	private final CriteriaAssessmentRepository assessments;

	private final RecognitionRepository recognitions;

	private final CommuneClassificationRepository classifications;

	private final Scorecards scorecards;

	private final Catalog catalog;

	private final CriterionResults results;

	private final Clock clock;

	ScorecardService(CriteriaAssessmentRepository assessments, RecognitionRepository recognitions,
			CommuneClassificationRepository classifications, Scorecards scorecards, Catalog catalog,
			CriterionResults results, Clock clock) {
		this.assessments = assessments;
		this.recognitions = recognitions;
		this.classifications = classifications;
		this.scorecards = scorecards;
		this.catalog = catalog;
		this.results = results;
		this.clock = clock;
	}

	void enterValue(String communeCode, ScorecardKey key, ValueForm form) {
		Target target = target(communeCode, key);
		Catalog.IndicatorView indicator = catalog.criteria(target.set().id())
			.stream()
			.flatMap(c -> c.indicators().stream())
			.filter(i -> i.code().equalsIgnoreCase(form.indicator().strip()))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("program.indicator.unknown", form.indicator(), target.set().code()));
		ValueCheck.check(indicator, form.value(), form.met());
		CriteriaAssessment assessment = assessments
			.findByUnitIdAndSetIdAndPeriod(target.commune().id(), target.set().id(), key.period().code())
			.orElseGet(() -> new CriteriaAssessment(target.commune().id(), target.set().id(), key.period().code(),
					now()));
		checkVersion(assessment, form.version());
		assessment.enter(indicator.id(), form.value(), indicator.comparison() == Comparison.MET ? form.met() : null,
				form.evidence(), CurrentUser.usernameOrAnonymous(), now());
		assessments.saveAndFlush(assessment);
		results.refresh(target.set().id(), key.period().code(), java.util.List.of(target.commune().id()));
	}

	void submit(String communeCode, ScorecardKey key, Long version) {
		CriteriaAssessment assessment = existing(communeCode, key, version);
		assessment.submit(CurrentUser.usernameOrAnonymous(), now());
		assessments.saveAndFlush(assessment);
	}

	void verify(String communeCode, ScorecardKey key, Long version) {
		CriteriaAssessment assessment = existing(communeCode, key, version);
		assessment.verify(CurrentUser.usernameOrAnonymous(), now());
		assessments.saveAndFlush(assessment);
	}

	void returnWithReason(String communeCode, ScorecardKey key, Long version, String reason) {
		CriteriaAssessment assessment = existing(communeCode, key, version);
		assessment.returnWithReason(reason, now());
		assessments.saveAndFlush(assessment);
	}

	void recordRecognition(String communeCode, RecognitionForm form) {
		UnitView commune = scorecards.commune(communeCode, ReportingPeriod.year(form.decidedOn().getYear()),
				CurrentUser.scope());
		recognitions.save(new Recognition(commune.id(), form.kind(), form.standard(), form.decisionNumber(),
				form.decidedOn(), form.note()));
	}

	void classify(String communeCode, ClassificationForm form) {
		UnitView commune = scorecards.commune(communeCode, ReportingPeriod.year(form.validFrom().getYear()),
				CurrentUser.scope());
		classifications.findByUnitIdAndKindAndValidToIsNull(commune.id(), form.kind())
			.forEach(previous -> previous.endBefore(form.validFrom()));
		classifications.saveAndFlush(new CommuneClassification(commune.id(), form.kind(), form.value(), form.validFrom(),
				form.decidedBy()));
		results.refreshCommune(commune.id());
	}

	private CriteriaAssessment existing(String communeCode, ScorecardKey key, Long version) {
		Target target = target(communeCode, key);
		CriteriaAssessment assessment = assessments
			.findByUnitIdAndSetIdAndPeriod(target.commune().id(), target.set().id(), key.period().code())
			.orElseThrow(() -> new NotFoundException("program.scorecard.notFound"));
		checkVersion(assessment, version);
		return assessment;
	}

	private Target target(String communeCode, ScorecardKey key) {
		UnitView commune = scorecards.commune(communeCode, key.period(), CurrentUser.scope());
		Catalog.SetView set = scorecards.set(key.set(), key.period());
		if (!set.covers(key.period())) {
			throw new BusinessRuleException("program.period.outsideSet", key.period().code(), set.code());
		}
		return new Target(commune, set);
	}

	/** The version the user saw must be the current one: someone else's change is never overwritten. */
	private static void checkVersion(CriteriaAssessment assessment, Long seen) {
		if (assessment.getId() != null && seen != null && seen != assessment.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(CriteriaAssessment.class, assessment.getId());
		}
	}

	private Instant now() {
		return clock.instant();
	}

	private record Target(UnitView commune, Catalog.SetView set) {
	}

	/** Which scorecard: a set code (blank for the commune set in force) and a period. */
	record ScorecardKey(String set, ReportingPeriod period) {
	}

	/** One indicator's value as typed. */
	record ValueForm(String indicator, BigDecimal value, Boolean met, String evidence, Long version) {
	}

	record RecognitionForm(RecognitionKind kind, NtmStandard standard, String decisionNumber, LocalDate decidedOn,
			String note) {
	}

	record ClassificationForm(ThresholdKey kind, String value, LocalDate validFrom, String decidedBy) {
	}
}

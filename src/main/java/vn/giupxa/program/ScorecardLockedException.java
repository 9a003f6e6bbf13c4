package vn.giupxa.program;

import vn.giupxa.shared.BusinessRuleException;

/** A value of a submitted or verified scorecard cannot change until it is returned. */
class ScorecardLockedException extends BusinessRuleException {

	ScorecardLockedException(AssessmentStatus status) {
		super(status == AssessmentStatus.VERIFIED ? "program.scorecard.locked.VERIFIED" : "program.scorecard.locked.SUBMITTED");
	}
}

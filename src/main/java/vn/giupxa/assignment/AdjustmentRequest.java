package vn.giupxa.assignment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.Texts;

/**
 * An adjustment request ("đề nghị điều chỉnh, bổ sung phân công"): the agency proposes another of its leaders
 * for an assignment, through the Coordination Office. Filed → under review → accepted or refused; an accepted
 * request becomes part of a new decision.
 */
@Entity
@Table(name = "adjustment_request")
class AdjustmentRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long assignmentId;

	private long proposedPositionId;

	private String reason;

	@Enumerated(EnumType.STRING)
	private RequestStatus status = RequestStatus.SUBMITTED;

	private String filedBy;

	private Instant filedAt;

	private String reviewedBy;

	private String reviewNote;

	private Long includedInId;

	@Version
	private long version;

	protected AdjustmentRequest() {
	}

	AdjustmentRequest(long assignmentId, long proposedPositionId, String reason, String filedBy, Instant filedAt) {
		this.assignmentId = assignmentId;
		this.proposedPositionId = proposedPositionId;
		this.reason = Texts.clean(reason);
		this.filedBy = filedBy;
		this.filedAt = filedAt;
	}

	void startReview(String by) {
		require(RequestStatus.SUBMITTED);
		status = RequestStatus.UNDER_REVIEW;
		reviewedBy = by;
	}

	void accept(String by, String note) {
		require(RequestStatus.UNDER_REVIEW);
		status = RequestStatus.ACCEPTED;
		reviewedBy = by;
		reviewNote = Texts.clean(note);
	}

	void refuse(String by, String note) {
		require(RequestStatus.UNDER_REVIEW);
		if (Texts.clean(note) == null) {
			throw new BusinessRuleException("assignment.request.refuseNeedsReason");
		}
		status = RequestStatus.REFUSED;
		reviewedBy = by;
		reviewNote = Texts.clean(note);
	}

	/** The accepted request is carried into a new decision. */
	void includeIn(long decisionId) {
		require(RequestStatus.ACCEPTED);
		if (includedInId != null) {
			throw new BusinessRuleException("assignment.request.alreadyIncluded");
		}
		includedInId = decisionId;
	}

	private void require(RequestStatus expected) {
		if (status != expected) {
			throw new BusinessRuleException("assignment.request.wrongStatus", status.name());
		}
	}

	Long getId() {
		return id;
	}

	long getAssignmentId() {
		return assignmentId;
	}

	long getProposedPositionId() {
		return proposedPositionId;
	}

	String getReason() {
		return reason;
	}

	RequestStatus getStatus() {
		return status;
	}

	String getFiledBy() {
		return filedBy;
	}

	Long getIncludedInId() {
		return includedInId;
	}

	@Override
	public String toString() {
		return "AdjustmentRequest#" + id;
	}
}

package vn.giupxa.directory;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.UnitView;

/** Creates committees of a unit and seats or unseats their members; units outside the caller's scope are missing. */
@Service
class CommitteeService {

	private final CommitteeRepository committees;

	private final OfficialRepository officials;

	private final DirectorySearch search;

	private final Clock clock;

	CommitteeService(CommitteeRepository committees, OfficialRepository officials, DirectorySearch search,
			Clock clock) {
		this.committees = committees;
		this.officials = officials;
		this.search = search;
		this.clock = clock;
	}

	@Transactional
	Committee create(CommitteeForm form, Errors errors) {
		LocalDate today = LocalDate.now(clock);
		UnitView unit = search.visibleUnit(form.unitCode(), today, CurrentUser.scope()).orElse(null);
		if (unit == null) {
			errors.rejectValue("unitCode", "directory.unit.unknown",
					new Object[] { Texts.clean(form.unitCode()), Dates.format(today) }, null);
			return null;
		}
		return committees.save(new Committee(unit.id(), form.kind(), form.name(), form.validFrom()));
	}

	@Transactional
	void addMember(long committeeId, MemberForm form, Errors errors) {
		Committee committee = committee(committeeId);
		Official official = officials.findById(form.officialId()).orElse(null);
		if (official == null) {
			errors.rejectValue("officialId", "directory.official.unknown", new Object[] { form.officialId() }, null);
			return;
		}
		committee.addMember(official, form.roleTitle(), form.rank(), form.startOn());
	}

	@Transactional
	void endMember(long committeeId, long memberId, LocalDate endOn) {
		committee(committeeId).member(memberId).end(endOn);
	}

	/** The committee, if its unit lies in the caller's scope. */
	Committee committee(long id) {
		return committees.findById(id)
			.filter(committee -> search.visibleUnit(committee.getUnitId(), CurrentUser.scope()).isPresent())
			.orElseThrow(() -> new NotFoundException("directory.committee.notFound", id));
	}
}

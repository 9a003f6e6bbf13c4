package vn.giupxa.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.UnitView;

/**
 * Changes agencies, their positions, officials and appointments. Form problems go to {@link Errors};
 * broken rules of the entities ({@code BusinessRuleException}) roll the transaction back and reach the caller.
 * Agencies outside the caller's scope are treated as missing.
 */
@Service
class DirectoryService {

	private final AgencyRepository agencies;

	private final PositionRepository positions;

	private final OfficialRepository officials;

	private final AgencyRenameRepository renames;

	private final AgencyMergerRepository mergers;

	private final DirectorySearch search;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DirectoryService(AgencyRepository agencies, PositionRepository positions, OfficialRepository officials,
			AgencyRenameRepository renames, AgencyMergerRepository mergers, DirectorySearch search, Clock clock,
			ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.positions = positions;
		this.officials = officials;
		this.renames = renames;
		this.mergers = mergers;
		this.search = search;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	Agency createAgency(AgencyForm form, Errors errors) {
		if (form.code() != null && agencies.findByCode(form.code().strip()).isPresent()) {
			errors.rejectValue("code", "directory.agency.code.taken");
		}
		Agency.Details details = details(form, null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return agencies.save(new Agency(form.code().strip(), details));
	}

	@Transactional
	void updateAgency(long id, AgencyForm form, Errors errors) {
		Agency agency = agency(id);
		if (form.version() == null || form.version() != agency.getVersion()) {
			errors.reject("error.stale");
			return;
		}
		Agency.Details details = details(form, id, errors);
		if (!errors.hasErrors()) {
			agency.update(details);
		}
	}

	/** Records a new name from a date; the rename record keeps the old one (audited like every entity). */
	@Transactional
	AgencyRename renameAgency(long agencyId, RenameForm form) {
		Agency agency = agency(agencyId);
		LocalDate lastRenameOn = renames.findByAgencyIdOrderByEffectiveOnAsc(agencyId)
			.stream()
			.map(AgencyRename::getEffectiveOn)
			.reduce((earlier, later) -> later)
			.orElse(null);
		return renames.save(agency.rename(form.newName(), form.newShortName(), form.effectiveOn(), lastRenameOn));
	}

	/**
	 * Merges the agency into the successor from the form's date: the agency, its seats and their current holdings
	 * end the day before, and each position the form maps is carried over to the chosen position of the successor
	 * (one in force on that date). Unknown successors and positions go to {@link Errors}; broken rules roll
	 * everything back.
	 */
	@Transactional
	AgencyMerger mergeAgency(long agencyId, MergerForm form, Errors errors) {
		Agency agency = agency(agencyId);
		AgencyView successor = successorFor(agencyId, form, errors);
		if (successor == null) {
			return null;
		}
		List<Position> successorPositions = positions.findByAgencyIdOrderByRankAscIdAsc(successor.id());
		List<AgencyMerger.PositionMapping> mappings = new ArrayList<>();
		for (Position position : positions.findByAgencyIdOrderByRankAscIdAsc(agencyId)) {
			Long chosen = form.successorPositions().get(position.getId());
			if (chosen == null || !position.inForceOn(form.effectiveOn().minusDays(1))) {
				continue;
			}
			successorPositions.stream()
				.filter(p -> p.getId().equals(chosen) && p.inForceOn(form.effectiveOn()))
				.findFirst()
				.ifPresentOrElse(target -> mappings.add(new AgencyMerger.PositionMapping(position.getId(), target.getId())),
						() -> errors.reject("directory.merger.position.unknown",
								new Object[] { position.getTitle(), successor.name(), Dates.format(form.effectiveOn()) },
								null));
		}
		if (errors.hasErrors()) {
			return null;
		}
		agency.endBecauseMergedFrom(form.effectiveOn());
		positions.findByAgencyIdOrderByRankAscIdAsc(agencyId).forEach(p -> p.endBecauseMergedFrom(form.effectiveOn()));
		return mergers.save(new AgencyMerger(agencyId, successor.id(), form.effectiveOn(), mappings));
	}

	/**
	 * The successor the form names, if the agency can be merged into it on the form's date; otherwise the reason
	 * goes to {@link Errors} (also used to offer the successor's positions before the merger is recorded).
	 */
	@Transactional(readOnly = true)
	AgencyView successorFor(long agencyId, MergerForm form, Errors errors) {
		if (mergers.findByAgencyId(agencyId).isPresent()) {
			errors.reject("directory.merger.already");
			return null;
		}
		String code = Texts.clean(form.successorCode());
		AgencyView successor = code == null ? null : search.visibleAgency(code, CurrentUser.scope()).orElse(null);
		if (successor == null) {
			errors.rejectValue("successorCode", "directory.merger.successor.unknown", new Object[] { code }, null);
		}
		else if (successor.id() == agencyId) {
			errors.rejectValue("successorCode", "directory.merger.self");
		}
		else if (!successor.validOn(form.effectiveOn())) {
			errors.rejectValue("successorCode", "directory.merger.successor.notInForce",
					new Object[] { successor.name(), Dates.format(form.effectiveOn()) }, null);
		}
		else if (mergers.findByAgencyId(successor.id()).isPresent()) {
			errors.rejectValue("successorCode", "directory.merger.successor.merged", new Object[] { successor.name() },
					null);
		}
		return errors.hasErrors() ? null : successor;
	}

	@Transactional
	Position addPosition(long agencyId, PositionForm form) {
		Agency agency = agency(agencyId);
		return positions.save(agency.newPosition(form.title(), form.kind(), form.rank(), form.validFrom()));
	}

	@Transactional
	void appoint(long agencyId, long positionId, AppointmentForm form, Errors errors) {
		Position position = position(agencyId, positionId);
		Official official = officials.findById(form.officialId()).orElse(null);
		if (official == null) {
			errors.rejectValue("officialId", "directory.official.unknown", new Object[] { form.officialId() }, null);
			return;
		}
		PositionHolding appointed = position.appoint(official, form.startOn(), Boolean.TRUE.equals(form.acting()));
		events.publishEvent(PositionHolderChanged.of(position, appointed));
	}

	@Transactional
	void endHolding(long agencyId, long positionId, long holdingId, LocalDate endOn) {
		position(agencyId, positionId).holding(holdingId).end(endOn);
	}

	@Transactional
	Official createOfficial(OfficialForm form, Errors errors) {
		rejectTakenEmail(form.email(), null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return officials.save(new Official(form.fullName(), form.email(), form.phone(), form.note()));
	}

	@Transactional
	void updateOfficial(long id, OfficialForm form, Errors errors) {
		Official official = official(id);
		if (form.version() == null || form.version() != official.getVersion()) {
			errors.reject("error.stale");
			return;
		}
		rejectTakenEmail(form.email(), id, errors);
		if (!errors.hasErrors()) {
			official.update(form.fullName(), form.email(), form.phone(), form.note());
		}
	}

	/** The agency, if the caller may see it. */
	Agency agency(long id) {
		search.visibleAgency(id, CurrentUser.scope())
			.orElseThrow(() -> new NotFoundException("directory.agency.notFound", id));
		return agencies.findById(id).orElseThrow(() -> new NotFoundException("directory.agency.notFound", id));
	}

	Official official(long id) {
		return officials.findById(id).orElseThrow(() -> new NotFoundException("directory.official.notFound", id));
	}

	/** The position, if it belongs to an agency the caller may see. */
	Position position(long agencyId, long positionId) {
		Agency agency = agency(agencyId);
		return positions.findById(positionId)
			.filter(position -> position.getAgencyId().equals(agency.getId()))
			.orElseThrow(() -> new NotFoundException("directory.position.notFound", positionId));
	}

	private void rejectTakenEmail(String email, Long ownId, Errors errors) {
		String cleaned = Texts.clean(email);
		if (cleaned != null && officials.findByEmail(cleaned).filter(other -> !other.getId().equals(ownId)).isPresent()) {
			errors.rejectValue("email", "directory.official.email.taken");
		}
	}

	private Agency.Details details(AgencyForm form, Long ownId, Errors errors) {
		if (form.validFrom() != null && form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
			errors.rejectValue("validTo", "directory.validity.reversed");
		}
		LocalDate unitDate = form.validTo() != null ? form.validTo() : LocalDate.now(clock);
		UnitView unit = search.visibleUnit(form.unitCode(), unitDate, CurrentUser.scope()).orElse(null);
		if (unit == null && Texts.clean(form.unitCode()) != null) {
			errors.rejectValue("unitCode", "directory.unit.unknown", new Object[] { Texts.clean(form.unitCode()),
					Dates.format(unitDate) }, null);
		}
		Long parentId = parentId(form.parentAgencyCode(), ownId, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new Agency.Details(form.name(), form.shortName(), form.kind(), unit.id(), parentId, form.email(),
				form.phone(), form.address(), form.validFrom(), form.validTo());
	}

	/** The parent agency's id; an agency may not end up above itself. */
	private Long parentId(String code, Long ownId, Errors errors) {
		String cleaned = Texts.clean(code);
		if (cleaned == null) {
			return null;
		}
		AgencyView parent = search.visibleAgency(cleaned, CurrentUser.scope()).orElse(null);
		if (parent == null) {
			errors.rejectValue("parentAgencyCode", "directory.agency.parent.unknown", new Object[] { cleaned }, null);
			return null;
		}
		Set<Long> seen = new HashSet<>();
		for (Long ancestor = parent.id(); ancestor != null && seen.add(ancestor);
				ancestor = agencies.findById(ancestor).map(Agency::getParentAgencyId).orElse(null)) {
			if (ancestor.equals(ownId)) {
				errors.rejectValue("parentAgencyCode", "directory.agency.parent.cycle");
				return null;
			}
		}
		return parent.id();
	}
}

package vn.giupxa.fieldwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.giupxa.portal.PublishedDocuments;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.Texts;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/** Records what the helper side passed to a commune it helps; the document must be in the portal's register. */
@Service
@Transactional
class DisseminationService {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DisseminationRepository records;

	private final FieldVisitRepository visits;

	private final PublishedDocuments documents;

	private final Territory territory;

	private final VisitService visitService;

	private final Clock clock;

	DisseminationService(DisseminationRepository records, FieldVisitRepository visits, PublishedDocuments documents,
			Territory territory, VisitService visitService, Clock clock) {
		this.records = records;
		this.visits = visits;
		this.documents = documents;
		this.territory = territory;
		this.visitService = visitService;
		this.clock = clock;
	}

	/** Records a dissemination; field problems go to {@code errors} and nothing is saved. */
	Dissemination record(DisseminationForm form, Errors errors) {
		LocalDate today = LocalDate.now(clock);
		Optional<UnitView> commune = helpedCommune(form.communeCode(), today, errors);
		Optional<PublishedDocuments.DocumentView> document = documents.byId(form.documentId());
		if (document.isEmpty()) {
			errors.rejectValue("documentId", "dissemination.document.unknown");
		}
		if (form.passedOn().isAfter(today)) {
			errors.rejectValue("passedOn", "dissemination.passedOn.future");
		}
		else if (document.isPresent() && form.passedOn().isBefore(document.get().issuedOn())) {
			errors.rejectValue("passedOn", "dissemination.passedOn.beforeIssue",
					new Object[] { DAY.format(document.get().issuedOn()) }, null);
		}
		if (form.visitId() != null && commune.isPresent() && visits.findById(form.visitId())
			.filter(visit -> visit.getCommuneId().equals(commune.get().id()))
			.isEmpty()) {
			errors.rejectValue("visitId", "dissemination.visit.otherCommune");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return records.save(new Dissemination(commune.get().id(), commune.get().path(), form.documentId(), form.passedOn(),
				form.channel(), Texts.clean(form.note()), form.visitId(), CurrentUser.usernameOrAnonymous(), clock.instant()));
	}

	/** The commune by code, when the caller is on its helper side; otherwise an error under {@code communeCode}. */
	Optional<UnitView> helpedCommune(String code, LocalDate today, Errors errors) {
		Optional<UnitView> found = territory.findByCode(code.strip(), today).filter(unit -> unit.level() == UnitLevel.COMMUNE);
		if (found.isEmpty()) {
			errors.rejectValue("communeCode", "fieldwork.visit.commune.unknown", new Object[] { code }, null);
		}
		else if (!visitService.isHelperSide(found.get().path())) {
			errors.rejectValue("communeCode", "fieldwork.visit.commune.notHelped", new Object[] { found.get().name() }, null);
			return Optional.empty();
		}
		return found;
	}
}

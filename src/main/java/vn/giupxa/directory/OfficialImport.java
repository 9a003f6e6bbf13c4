package vn.giupxa.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import vn.giupxa.audit.AuditAction;
import vn.giupxa.audit.AuditTrail;
import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.CurrentUser;
import vn.giupxa.shared.Scope;

/**
 * Imports officials from a CSV file, all or nothing: the whole file is checked first, then every row
 * is written through the entities (so each insert is audited) in one transaction. Appointments are
 * made in order of their start day, so a file may list a seat's successive holders in any order.
 */
@Service
class OfficialImport {

	private final OfficialRepository officials;

	private final PositionRepository positions;

	private final DirectorySearch search;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final Validator validator;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	OfficialImport(OfficialRepository officials, PositionRepository positions, DirectorySearch search,
			Directory directory, JdbcClient jdbc, Validator validator, AuditTrail audit, ApplicationEventPublisher events) {
		this.events = events;
		this.officials = officials;
		this.positions = positions;
		this.search = search;
		this.directory = directory;
		this.jdbc = jdbc;
		this.validator = validator;
		this.audit = audit;
	}

	@Transactional
	Outcome run(byte[] content, String fileName) {
		OfficialCsv.Result result = OfficialCsv.read(content, validator, lookup(CurrentUser.scope()));
		if (!result.ok()) {
			return new Outcome(0, result.problems());
		}
		List<Appointment> appointments = new ArrayList<>();
		for (OfficialCsv.Row row : result.rows()) {
			Official official = officials.save(new Official(row.fullName(), row.email(), row.phone(), null));
			if (row.positionId() != null) {
				appointments.add(new Appointment(row, official));
			}
		}
		List<OfficialCsv.Problem> problems = appoint(appointments);
		if (!problems.isEmpty()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new Outcome(0, problems);
		}
		audit.record(AuditAction.IMPORT, "Official", null, fileName + ": " + result.rows().size());
		return new Outcome(result.rows().size(), List.of());
	}

	/** Rules the file check cannot see (an overlap with a holding already recorded) come back as problems. */
	private List<OfficialCsv.Problem> appoint(List<Appointment> appointments) {
		List<OfficialCsv.Problem> problems = new ArrayList<>();
		appointments.stream()
			.sorted(Comparator.comparing((Appointment a) -> a.row().startOn()).thenComparingLong(a -> a.row().line()))
			.forEach(appointment -> {
				OfficialCsv.Row row = appointment.row();
				Position position = positions.findById(row.positionId()).orElseThrow();
				try {
					PositionHolding appointed = position.appoint(appointment.official(), row.startOn(), false);
					events.publishEvent(PositionHolderChanged.of(position, appointed));
				}
				catch (BusinessRuleException broken) {
					problems.add(new OfficialCsv.Problem(row.line(), OfficialCsv.START_ON, broken.messageKey(),
							Arrays.stream(broken.arguments()).map(String::valueOf).toList()));
				}
			});
		problems.sort(Comparator.comparingLong(OfficialCsv.Problem::line));
		return problems;
	}

	private OfficialCsv.Lookup lookup(Scope scope) {
		return new OfficialCsv.Lookup() {

			@Override
			public Set<String> takenEmails(List<String> emails) {
				if (emails.isEmpty()) {
					return Set.of();
				}
				return Set.copyOf(jdbc.sql("SELECT lower(email) FROM official WHERE lower(email) = ANY (CAST(:emails AS text[]))")
					.param("emails", emails.toArray(String[]::new))
					.query(String.class)
					.list());
			}

			@Override
			public Optional<OfficialCsv.AgencySeats> agency(String code) {
				return search.visibleAgency(code, scope)
					.map(agency -> new OfficialCsv.AgencySeats(agency.id(), directory.positionsOf(agency.id())
						.stream()
						.map(p -> new OfficialCsv.Seat(p.id(), p.title(), p.validFrom(), p.validTo()))
						.toList()));
			}
		};
	}

	private record Appointment(OfficialCsv.Row row, Official official) {
	}

	/** How many officials were written, or why none were. */
	record Outcome(int imported, List<OfficialCsv.Problem> problems) {
	}
}

package vn.giupxa.assignment;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.giupxa.audit.AuditAction;
import vn.giupxa.audit.AuditTrail;
import vn.giupxa.directory.AgencyView;
import vn.giupxa.directory.Directory;
import vn.giupxa.shared.BusinessRuleException;
import vn.giupxa.shared.NotFoundException;
import vn.giupxa.shared.Scope;
import vn.giupxa.territory.Territory;
import vn.giupxa.territory.UnitLevel;
import vn.giupxa.territory.UnitView;

/**
 * The paged, scoped list of decisions (visible when the issuing unit lies in the caller's scope), the units and
 * agencies a draft may use, and the signed file of a decision.
 */
@Component
class DecisionSearch {

	static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

	private final Territory territory;

	private final Directory directory;

	private final AuditTrail audit;

	private final String provinceCode;

	DecisionSearch(JdbcClient jdbc, Territory territory, Directory directory, AuditTrail audit,
			@Value("${giupxa.assignment.province-code:15}") String provinceCode) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.directory = directory;
		this.audit = audit;
		this.provinceCode = provinceCode;
	}

	@Transactional(readOnly = true)
	Page<DecisionRow> decisions(Scope scope, int page) {
		String from = """
				FROM assignment_decision d JOIN administrative_unit u ON u.id = d.issuer_unit_id
				WHERE (:unrestricted OR u.path LIKE ANY (CAST(:patterns AS text[])))""";
		Map<String, Object> params = Assignments.scopeParams(scope);
		long total = jdbc.sql("SELECT count(*) " + from).params(params).query(Long.class).single();
		List<DecisionRow> rows = jdbc.sql("""
				SELECT d.id, d.tier, d.year, d.number, d.title, d.signed_on, d.status, u.name AS issuer_name,
				       (SELECT count(*) FROM assignment a WHERE a.decision_id = d.id) AS lines
				""" + from + " ORDER BY d.year DESC, d.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) page * PAGE_SIZE)
			.query((rs, row) -> new DecisionRow(rs.getLong("id"), Tier.valueOf(rs.getString("tier")), rs.getInt("year"),
					rs.getString("number"), rs.getString("title"), rs.getObject("signed_on", LocalDate.class),
					DecisionStatus.valueOf(rs.getString("status")), rs.getString("issuer_name"), rs.getLong("lines")))
			.list();
		return new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), total);
	}

	/** The province whose committee issues decisions by default (the installation's province). */
	String defaultIssuerCode(LocalDate date) {
		return provinceCode;
	}

	UnitView issuerUnit(String code, LocalDate date) {
		return territory.findByCode(code, date)
			.filter(unit -> unit.level() == UnitLevel.PROVINCE || unit.level() == UnitLevel.DISTRICT)
			.orElseThrow(() -> new NotFoundException("unit.notFound", code));
	}

	List<AgencyView> agenciesOf(String issuerCode, LocalDate date) {
		return territory.findByCode(issuerCode, date).map(unit -> directory.agenciesOf(unit.id(), date)).orElse(List.of());
	}

	List<UnitView> communesOf(String issuerCode, LocalDate date) {
		return territory.findByCode(issuerCode, date)
			.map(unit -> territory.withinPaths(List.of(unit.path()), UnitLevel.COMMUNE, date))
			.orElse(List.of());
	}

	@Transactional
	void attach(long decisionId, MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new BusinessRuleException("assignment.decision.file.empty");
		}
		String name = file.getOriginalFilename() == null ? "quyet-dinh" : file.getOriginalFilename();
		String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
		jdbc.sql("""
				INSERT INTO assignment_decision_file (decision_id, file_name, content_type, content)
				VALUES (:id, :name, :type, :content)
				ON CONFLICT (decision_id) DO UPDATE SET file_name = :name, content_type = :type, content = :content,
				  uploaded_at = now()""")
			.param("id", decisionId)
			.param("name", name)
			.param("type", type)
			.param("content", file.getBytes())
			.update();
		audit.record(AuditAction.UPDATE, "AssignmentDecisionFile", decisionId, name + " (" + file.getSize() + " B)");
	}

	@Transactional(readOnly = true)
	StoredFile file(long decisionId) {
		return jdbc.sql("SELECT file_name, content_type, content FROM assignment_decision_file WHERE decision_id = :id")
			.param("id", decisionId)
			.query((rs, row) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new NotFoundException("assignment.decision.file.none", decisionId));
	}

	/** A line of the list of decisions. */
	record DecisionRow(long id, Tier tier, int year, String number, String title, LocalDate signedOn,
			DecisionStatus status, String issuerName, long lines) {
	}

	/** The signed file of a decision. */
	record StoredFile(String fileName, String contentType, byte[] content) {
	}
}

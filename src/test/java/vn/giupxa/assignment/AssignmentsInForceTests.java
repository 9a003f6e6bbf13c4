package vn.giupxa.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.giupxa.IntegrationTest;
import vn.giupxa.shared.Scope;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AssignmentsInForceTests {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

	@Autowired
	AssignmentsInForce assignments;

	@Autowired
	JdbcClient jdbc;

	private String path(String code) {
		return jdbc.sql("SELECT path FROM administrative_unit WHERE level = 'COMMUNE' AND code = ? AND valid_from = DATE '2025-07-01'")
			.param(code).query(String.class).single();
	}

	private long official(String email) {
		return jdbc.sql("SELECT id FROM official WHERE email = ?").param(email).query(Long.class).single();
	}

	@Test
	void theAssignmentsInForceInACommuneNameTheDecisionAndTheHolderOfTheDay() {
		List<AssignmentsInForce.View> bacHa = assignments.on(DAY, Scope.of(Set.of(path("02839"))));
		assertThat(bacHa).isNotEmpty().allMatch(view -> view.communeCode().equals("02839"));
		AssignmentsInForce.View deputy = bacHa.stream()
			.filter(view -> "Phó Giám đốc phụ trách nông thôn mới".equals(view.positionTitle()))
			.findFirst().orElseThrow();
		assertThat(deputy.decisionNumber()).isEqualTo("05/QĐ-UBND");
		assertThat(deputy.holderName()).isEqualTo("Lò Văn Páo");
		assertThat(deputy.coversYear(2026)).isTrue();
		assertThat(deputy.coversYear(2025)).isFalse();
		assertThat(assignments.byId(deputy.id(), DAY)).contains(deputy);
		assertThat(assignments.on(DAY, Scope.nowhere())).isEmpty();
		assertThat(assignments.on(LocalDate.of(2025, 12, 31), Scope.everywhere()))
			.noneMatch(view -> view.decisionNumber().equals("05/QĐ-UBND"));
	}

	@Test
	void anOfficialHelpsTheAssignmentsOfTheirPositionAndOfTheirTeams() {
		long pao = official("pao.lv@laocai.demo");
		assertThat(assignments.helpedBy(pao, DAY)).extracting(AssignmentsInForce.View::communeCode)
			.contains("02839", "02848");
		assertThat(assignments.helpedFrom(pao, DAY)).extracting(AssignmentsInForce.View::communeCode)
			.as("in force or starting later").contains("02839", "02848");
		long lan = official("lan.pt@laocai.demo");
		AssignmentsInForce.View bacHa = assignments.helpedBy(lan, DAY).stream()
			.filter(view -> view.communeCode().equals("02839")).findFirst().orElseThrow();
		assertThat(assignments.helps(lan, bacHa.id(), DAY)).isTrue();
		assertThat(assignments.helps(lan, bacHa.id(), LocalDate.of(2025, 12, 1))).isFalse();
		long commune = official("phu.gs@laocai.demo");
		assertThat(assignments.helpedBy(commune, DAY)).isEmpty();
		assertThat(assignments.helpedFrom(commune, DAY)).isEmpty();
	}
}

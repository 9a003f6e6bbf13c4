package vn.giupxa.assignment;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The header of a decision: who issues it (the unit's People's Committee), its number, date, signer and basis. */
record DecisionForm(
		@NotNull(message = "{assignment.decision.tier.required}") Tier tier,
		@NotBlank(message = "{assignment.decision.issuer.required}") String issuerUnitCode,
		@NotNull(message = "{assignment.decision.year.required}")
		@Min(value = 2000, message = "{assignment.decision.year.range}")
		@Max(value = 2100, message = "{assignment.decision.year.range}") Integer year,
		@Size(max = 60, message = "{assignment.decision.number.size}") String number,
		@NotBlank(message = "{assignment.decision.title.required}")
		@Size(max = 500, message = "{assignment.decision.title.size}") String title,
		LocalDate signedOn,
		@Size(max = 150, message = "{assignment.decision.signerName.size}") String signerName,
		@Size(max = 200, message = "{assignment.decision.signerTitle.size}") String signerTitle,
		@Size(max = 4000, message = "{assignment.decision.legalBasis.size}") String legalBasis,
		Long version) {

	static DecisionForm empty(String provinceCode, int year) {
		return new DecisionForm(Tier.PROVINCE, provinceCode, year, "", "", null, "", "", "", null);
	}

	AssignmentDecision.Details details() {
		return new AssignmentDecision.Details(year, number, title, signedOn, signerName, signerTitle, legalBasis);
	}
}

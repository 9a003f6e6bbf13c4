package vn.giupxa.portal;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficialDocumentRepository extends JpaRepository<OfficialDocument, Long> {

	boolean existsByNumberSymbolAndIssuedOn(String numberSymbol, java.time.LocalDate issuedOn);
}

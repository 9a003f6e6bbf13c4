package vn.giupxa.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.username) = lower(?1)")
	Optional<Account> findByUsername(String username);

	@Query("""
			select a from Account a
			where lower(a.username) like lower(concat('%', ?1, '%'))
			   or lower(a.displayName) like lower(concat('%', ?1, '%'))
			order by a.username""")
	Page<Account> search(String text, Pageable pageable);

	@Query("select a from Account a order by a.username")
	Page<Account> listAll(Pageable pageable);
}

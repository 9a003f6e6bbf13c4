package vn.giupxa.account;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: username, roles and scope paths. */
@RestController
@Tag(name = "Account")
class AccountApiController {

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in account, its roles and its scope")
	Me me(@AuthenticationPrincipal AccountPrincipal principal) {
		return new Me(principal.username(), principal.displayName(), principal.roles(),
				principal.scope().unrestricted(), principal.scope().paths().stream().sorted().toList());
	}

	record Me(String username, String displayName, Set<Role> roles, boolean unrestrictedScope, List<String> scopePaths) {
	}
}

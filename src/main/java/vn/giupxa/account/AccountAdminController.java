package vn.giupxa.account;

import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.giupxa.shared.Texts;

/** The administrator's pages: list, create and edit accounts, grant roles and scopes, unlock. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private static final String FORM = "account/form";

	private final AccountRepository accounts;

	private final AccountService service;

	AccountAdminController(AccountRepository accounts, AccountService service) {
		this.accounts = accounts;
		this.service = service;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		String text = Texts.clean(q);
		PageRequest request = PageRequest.of(Math.max(page, 0), 25);
		model.addAttribute("accounts", (text == null ? accounts.listAll(request) : accounts.search(text, request))
			.map(AccountRow::of));
		return "account/list";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return FORM;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors() || service.create(form, result) == null) {
			return FORM;
		}
		redirect.addFlashAttribute("message", "account.created");
		return "redirect:/admin/accounts";
	}

	@GetMapping("/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		Account account = service.find(id);
		model.addAttribute("accountId", id);
		model.addAttribute("locked", account.getLockedUntil() != null);
		model.addAttribute("form", new AccountForm(account.getUsername(), account.getDisplayName(), account.getEmail(),
				account.getOfficialId(), null, account.getRoles(), service.scopeCodesOf(account),
				account.isUnrestrictedScope(), account.isEnabled(), account.getVersion()));
		return FORM;
	}

	@PostMapping("/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			service.update(id, form, result);
		}
		if (result.hasErrors()) {
			model.addAttribute("accountId", id);
			return FORM;
		}
		redirect.addFlashAttribute("message", "account.updated");
		return "redirect:/admin/accounts";
	}

	/** One line of the account list. */
	record AccountRow(long id, String username, String displayName, java.util.Set<Role> roles, boolean enabled,
			java.time.Instant lockedUntil) {

		static AccountRow of(Account account) {
			return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getRoles(),
					account.isEnabled(), account.getLockedUntil());
		}
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		service.unlock(id);
		redirect.addFlashAttribute("message", "account.unlocked");
		return "redirect:/admin/accounts/" + id;
	}
}

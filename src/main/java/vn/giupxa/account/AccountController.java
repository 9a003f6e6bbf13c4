package vn.giupxa.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page and the caller's own password. */
@Controller
class AccountController {

	private static final String PASSWORD_FORM = "account/password";

	private final AccountService service;

	AccountController(AccountService service) {
		this.service = service;
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	@GetMapping("/account/password")
	String initPasswordForm(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return PASSWORD_FORM;
	}

	@PostMapping("/account/password")
	String processPasswordForm(@AuthenticationPrincipal AccountPrincipal principal,
			@ModelAttribute("form") PasswordForm form, BindingResult result, RedirectAttributes redirect) {
		if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		service.changePassword(principal.accountId(), form.currentPassword(), form.newPassword(), result);
		if (result.hasErrors()) {
			return PASSWORD_FORM;
		}
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/home";
	}
}

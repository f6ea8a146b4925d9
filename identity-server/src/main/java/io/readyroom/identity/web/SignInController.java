package io.readyroom.identity.web;

import io.readyroom.identity.account.DemoAccountDirectory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code GET /login}: the sign-in form, in place of Spring Security's generated one, so
 * it has a heading, labelled fields and an error region a screen reader announces. Spring
 * Security still processes the posted form and sends a failed attempt back with
 * {@code ?error}.
 */
@Controller
class SignInController {

	static final String PATH = "/login";

	private final DemoAccountDirectory accounts;

	SignInController(DemoAccountDirectory accounts) {
		this.accounts = accounts;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
	@ResponseBody
	String signIn(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String logout, CsrfToken csrf) {
		return SignInPage.render(outcomeOf(error, logout), csrf.getParameterName(), csrf.getToken(),
				this.accounts.all());
	}

	private static SignInPage.Outcome outcomeOf(@Nullable String error, @Nullable String logout) {
		if (error != null) {
			return SignInPage.Outcome.FAILED;
		}
		return (logout != null) ? SignInPage.Outcome.SIGNED_OUT : SignInPage.Outcome.FIRST_VISIT;
	}

}

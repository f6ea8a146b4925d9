package io.readyroom.web.signin;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /sign-in}: starts signing in at the identity server. A page whose calls are
 * refused because the sign-in has expired sends the person here with {@code next}, the
 * page to return to.
 */
@Controller
class SignInController {

	static final String PATH = "/sign-in";

	@GetMapping(PATH)
	String signIn(@RequestParam(required = false) @Nullable String next, HttpSession session) {
		if (ReturnAfterSignIn.isLocalPath(next)) {
			session.setAttribute(ReturnAfterSignIn.NEXT_ATTRIBUTE, next);
		}
		return "redirect:/oauth2/authorization/" + ReadyroomClient.REGISTRATION_ID;
	}

}

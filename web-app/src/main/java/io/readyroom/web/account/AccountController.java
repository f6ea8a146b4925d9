package io.readyroom.web.account;

import java.util.List;

import io.readyroom.contracts.token.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who is signed in and what their pages show. Every page asks first;
 * the answer also sets the CSRF cookie the pages send back on state-changing calls.
 */
@RestController
class AccountController {

	@GetMapping("/api/me")
	Account me(@AuthenticationPrincipal OAuth2User user, CsrfToken csrf) {
		SignedInUser signedIn = SignedInUser.of(user);
		return new Account(signedIn.id(), signedIn.role(), signedIn.programId(), signedIn.cohortIds(),
				Navigation.home(signedIn.role()), Navigation.of(signedIn.role()),
				new SignOutForm(csrf.getParameterName(), csrf.getToken()));
	}

	/**
	 * @param home the role's start page
	 * @param signOut what the sign-out form posts to {@code /logout}
	 */
	record Account(String id, @Nullable Role role, @Nullable String programId, List<String> cohortIds, String home,
			List<NavigationLink> navigation, SignOutForm signOut) {

	}

	record SignOutForm(String parameterName, String token) {

	}

}

package io.readyroom.web.pages;

import io.readyroom.contracts.token.Role;
import io.readyroom.web.account.Navigation;
import io.readyroom.web.account.SignedInUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door, which depends on who is signed in; every other page URL maps to its
 * file in {@link PageRoutes}.
 */
@Controller
class PageController {

	/**
	 * The front door: the welcome page before signing in, the role's start page after.
	 */
	@GetMapping("/")
	String home(@Nullable Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof OAuth2User user) {
			Role role = SignedInUser.of(user).role();
			return (role != null) ? "redirect:" + Navigation.home(role) : page("no-role");
		}
		return page("welcome");
	}

	static String page(String name) {
		return "forward:/pages/" + name + ".html";
	}

}

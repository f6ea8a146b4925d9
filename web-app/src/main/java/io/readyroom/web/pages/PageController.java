package io.readyroom.web.pages;

import io.readyroom.web.account.Navigation;
import io.readyroom.web.account.Role;
import io.readyroom.web.account.SignedInUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Page URLs to page files. Which role may open which page is decided by the security
 * configuration; the data each page shows is decided by the services.
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

	@GetMapping("/signed-out")
	String signedOut() {
		return page("signed-out");
	}

	@GetMapping("/practice")
	String practice() {
		return page("practice");
	}

	@GetMapping("/practice/sessions/{sessionId}")
	String session() {
		return page("session");
	}

	@GetMapping("/answers/{answerId}")
	String answer() {
		return page("answer");
	}

	@GetMapping({ "/report", "/learners/{learnerId}" })
	String report() {
		return page("report");
	}

	@GetMapping("/cohorts")
	String cohorts() {
		return page("cohorts");
	}

	@GetMapping("/cohorts/{cohortId}")
	String cohort() {
		return page("cohort");
	}

	@GetMapping("/exports")
	String exports() {
		return page("exports");
	}

	@GetMapping("/program/questions")
	String questions() {
		return page("questions");
	}

	@GetMapping("/program/readiness")
	String readinessRules() {
		return page("readiness-rules");
	}

	private static String page(String name) {
		return "forward:/pages/" + name + ".html";
	}

}

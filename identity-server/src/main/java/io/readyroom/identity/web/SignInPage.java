package io.readyroom.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import io.readyroom.identity.account.DemoAccount;

import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page's HTML: the page in {@code sign-in.html} beside this class with the
 * form's CSRF token, the outcome of the last attempt and the demo accounts filled in,
 * every value escaped.
 */
final class SignInPage {

	private static final String TEMPLATE = read("sign-in.html");

	/** Names the error region, which the inputs point to while it shows. */
	static final String ERROR_ID = "sign-in-error";

	private SignInPage() {
	}

	/**
	 * @param outcome what the last attempt came to
	 * @param csrfParameter the name of the form's CSRF field
	 * @param csrfToken its value
	 * @param accounts the demo accounts to list
	 * @return the page
	 */
	static String render(Outcome outcome, String csrfParameter, String csrfToken, List<DemoAccount> accounts) {
		return TEMPLATE.replace("{{messages}}", messageOf(outcome))
			.replace("{{invalid}}",
					(outcome == Outcome.FAILED) ? " aria-invalid=\"true\" aria-describedby=\"" + ERROR_ID + "\"" : "")
			.replace("{{csrfParameter}}", HtmlUtils.htmlEscape(csrfParameter))
			.replace("{{csrfToken}}", HtmlUtils.htmlEscape(csrfToken))
			.replace("{{accounts}}", accounts.stream().map(SignInPage::row).collect(Collectors.joining()));
	}

	private static String messageOf(Outcome outcome) {
		return switch (outcome) {
			case FIRST_VISIT -> "";
			case FAILED -> "<div class=\"alert\" role=\"alert\" id=\"" + ERROR_ID + "\">"
					+ "<p class=\"alert-title\">Wrong username or password</p>"
					+ "<p>Check both and try again. The demo accounts are listed below.</p></div>";
			case SIGNED_OUT -> "<div class=\"alert info\" role=\"status\"><p>You are signed out.</p></div>";
		};
	}

	private static String row(DemoAccount account) {
		return "<tr><td><code>" + HtmlUtils.htmlEscape(account.username()) + "</code></td><td><code>"
				+ HtmlUtils.htmlEscape(account.password()) + "</code></td><td>" + account.role().claimValue()
				+ "</td></tr>";
	}

	private static String read(String name) {
		try (InputStream page = SignInPage.class.getResourceAsStream(name)) {
			if (page == null) {
				throw new IllegalStateException(name + " is missing beside " + SignInPage.class.getName());
			}
			return new String(page.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What brought the person to the page.
	 */
	enum Outcome {

		FIRST_VISIT, FAILED, SIGNED_OUT

	}

}

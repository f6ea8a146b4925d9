package io.readyroom.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

	private static final String DEMO_ACCOUNTS = read("demo-accounts.html");

	/** Where the lock-out message says how long to wait; filled in after the template. */
	private static final String WAIT = "{{wait}}";

	/** Names the error region, which the inputs point to while it shows. */
	static final String ERROR_ID = "sign-in-error";

	private SignInPage() {
	}

	/**
	 * @param outcome what the last attempt came to
	 * @param csrfParameter the name of the form's CSRF field
	 * @param csrfToken its value
	 * @param accounts the demo accounts to list; none leaves out the whole section
	 * @return the page
	 */
	static String render(Outcome outcome, String csrfParameter, String csrfToken, List<DemoAccount> accounts) {
		return TEMPLATE.replace("{{messages}}", messageOf(outcome, !accounts.isEmpty()))
			.replace("{{invalid}}",
					(outcome == Outcome.FAILED || outcome == Outcome.LOCKED)
							? " aria-invalid=\"true\" aria-describedby=\"" + ERROR_ID + "\"" : "")
			.replace("{{csrfParameter}}", HtmlUtils.htmlEscape(csrfParameter))
			.replace("{{csrfToken}}", HtmlUtils.htmlEscape(csrfToken))
			.replace("{{demoAccounts}}", accounts.isEmpty() ? "" : demoAccounts(accounts));
	}

	/**
	 * The page after an attempt that was refused for too many failures, saying how long
	 * to wait.
	 * @param wait how long until the lock-out ends; zero when that is not known
	 * @param csrfParameter the name of the form's CSRF field
	 * @param csrfToken its value
	 * @param accounts the demo accounts to list; none leaves out the whole section
	 * @return the page
	 */
	static String renderLocked(Duration wait, String csrfParameter, String csrfToken, List<DemoAccount> accounts) {
		return render(Outcome.LOCKED, csrfParameter, csrfToken, accounts).replace(WAIT, waitText(wait));
	}

	private static String waitText(Duration wait) {
		if (wait.isZero()) {
			return "in a few minutes";
		}
		long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
		return "in " + minutes + ((minutes == 1) ? " minute" : " minutes");
	}

	private static String demoAccounts(List<DemoAccount> accounts) {
		return DEMO_ACCOUNTS.replace("{{accounts}}",
				accounts.stream().map(SignInPage::row).collect(Collectors.joining()));
	}

	private static String messageOf(Outcome outcome, boolean accountsListed) {
		return switch (outcome) {
			case FIRST_VISIT -> "";
			case FAILED -> "<div class=\"alert\" role=\"alert\" id=\"" + ERROR_ID + "\">"
					+ "<p class=\"alert-title\">Wrong username or password</p>" + "<p>Check both and try again."
					+ (accountsListed ? " The demo accounts are listed below." : "") + "</p></div>";
			case LOCKED -> "<div class=\"alert\" role=\"alert\" id=\"" + ERROR_ID + "\">"
					+ "<p class=\"alert-title\">Too many failed sign-ins</p>"
					+ "<p>Signing in with this username or from this address is paused after repeated wrong passwords."
					+ " Try again " + WAIT + ".</p></div>";
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

		FIRST_VISIT, FAILED, LOCKED, SIGNED_OUT

	}

}

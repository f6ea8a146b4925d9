package io.readyroom.local.identity;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity server's login page, read as far as signing in needs: where the form goes
 * and the CSRF token it must carry back.
 *
 * @param action where the form is posted
 * @param csrfToken the value of the hidden {@code _csrf} input
 */
record LoginForm(URI action, String csrfToken) {

	static final String CSRF_FIELD = "_csrf";

	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern CSRF_INPUT = Pattern.compile("<input\\b[^>]*\\bname=\"" + CSRF_FIELD + "\"[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	/**
	 * @param page the page's address, against which the form's action resolves
	 * @param html the page
	 * @return the form, or empty when the page has no form with a CSRF token
	 */
	static Optional<LoginForm> in(URI page, String html) {
		Matcher form = FORM.matcher(html);
		Matcher csrfInput = CSRF_INPUT.matcher(html);
		if (!form.find() || !csrfInput.find()) {
			return Optional.empty();
		}
		Optional<String> token = attribute(VALUE, csrfInput.group());
		String action = attribute(ACTION, form.group()).orElse("");
		return token.map((value) -> new LoginForm(page.resolve(unescape(action)), unescape(value)));
	}

	private static Optional<String> attribute(Pattern attribute, String tag) {
		Matcher matcher = attribute.matcher(tag);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}

package io.readyroom.analytics.xapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;

import io.readyroom.analytics.AnalyticsProblems;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A program's LRS as a director enters it.
 *
 * @param accountHomePage optional; the identity provider's address is the usual choice
 */
record LrsSettingsRequest(@NotBlank @Size(max = 2000) String endpoint, @NotBlank @Size(max = 200) String username,
		@NotBlank @Size(max = 500) String password, @Size(max = 2000) String accountHomePage) {

	static final String DEFAULT_ACCOUNT_HOME_PAGE = "https://readyroom.io";

	LrsSettings settingsOf(String programId, String updatedBy, Instant now) {
		URI endpoint = absolute("endpoint", this.endpoint);
		if (endpoint.getUserInfo() != null || endpoint.getQuery() != null || endpoint.getFragment() != null) {
			throw AnalyticsProblems.invalid("endpoint must be the LRS's xAPI address without credentials, query or "
					+ "fragment, e.g. https://lrs.example.org/xapi/; the credentials go in username and password.");
		}
		String homePage = (this.accountHomePage == null || this.accountHomePage.isBlank()) ? DEFAULT_ACCOUNT_HOME_PAGE
				: absolute("accountHomePage", this.accountHomePage).toString();
		return new LrsSettings(programId, endpoint.toString(), this.username, this.password, homePage, now, updatedBy);
	}

	private static URI absolute(String field, String value) {
		try {
			URI uri = new URI(value.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(java.util.Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return uri;
			}
		}
		catch (URISyntaxException ex) {
			// refused below with the same message
		}
		throw AnalyticsProblems.invalid(field + " must be an absolute http or https address but was '" + value + "'.");
	}

}

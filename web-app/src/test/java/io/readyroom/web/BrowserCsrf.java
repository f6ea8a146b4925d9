package io.readyroom.web;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the pages' script does on a state-changing call: send back the value of the
 * {@code XSRF-TOKEN} cookie the web app set, in the {@code X-XSRF-TOKEN} header.
 */
public final class BrowserCsrf {

	private BrowserCsrf() {
	}

	public static RequestPostProcessor cookieAndHeader() {
		String token = UUID.randomUUID().toString();
		return (request) -> {
			request.setCookies(new Cookie("XSRF-TOKEN", token));
			request.addHeader("X-XSRF-TOKEN", token);
			return request;
		};
	}

	/** The cookie without the header, as a forged cross-site request would carry it. */
	public static RequestPostProcessor cookieOnly() {
		return (request) -> {
			request.setCookies(new Cookie("XSRF-TOKEN", UUID.randomUUID().toString()));
			return request;
		};
	}

}

package io.readyroom.web.relay;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Which headers cross the relay. Only those that describe the content pass: never the
 * browser's cookies to a service, never a service's cookies or security headers to the
 * browser.
 */
final class RelayedHeaders {

	static final List<String> TO_SERVICE = List.of("Accept", "Accept-Language", "Content-Type", "If-None-Match",
			"If-Modified-Since");

	static final List<String> TO_BROWSER = List.of("Content-Type", "Content-Length", "Content-Disposition",
			"Content-Language", "Cache-Control", "ETag", "Last-Modified", "Retry-After");

	private RelayedHeaders() {
	}

	static void toService(HttpServletRequest from, HttpRequest.Builder to) {
		for (String name : TO_SERVICE) {
			String value = from.getHeader(name);
			if (value != null) {
				to.header(name, value);
			}
		}
	}

	static void toBrowser(HttpHeaders from, HttpServletResponse to, BackendRoute route) {
		for (String name : TO_BROWSER) {
			from.firstValue(name).ifPresent((value) -> to.setHeader(name, value));
		}
		from.firstValue("Location").ifPresent((location) -> to.setHeader("Location", route.publicLocation(location)));
	}

}

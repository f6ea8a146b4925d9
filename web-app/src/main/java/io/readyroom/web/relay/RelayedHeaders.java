package io.readyroom.web.relay;

import java.util.List;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Which headers cross the relay. Only those that describe the content pass: never the
 * browser's cookies to a service, never a service's cookies or security headers to the
 * browser. They run after Gateway's own header filters, so the headers those add
 * ({@code Forwarded}, {@code X-Forwarded-*}) do not pass either.
 */
final class RelayedHeaders {

	/** The person's token, set by the token relay, and what describes the content. */
	static final List<String> TO_SERVICE = List.of("Authorization", "Accept", "Accept-Language", "Content-Type",
			"If-None-Match", "If-Modified-Since");

	/** {@code Location} is mapped back under the public prefix by its route. */
	static final List<String> TO_BROWSER = List.of("Content-Type", "Content-Length", "Content-Disposition",
			"Content-Language", "Cache-Control", "ETag", "Last-Modified", "Retry-After", "Location");

	private RelayedHeaders() {
	}

	static HttpHeaders only(List<String> names, HttpHeaders headers) {
		HttpHeaders kept = new HttpHeaders();
		for (String name : names) {
			List<String> values = headers.get(name);
			if (values != null) {
				kept.put(name, values);
			}
		}
		return kept;
	}

	@Component
	static class ToService implements HttpHeadersFilter.RequestHttpHeadersFilter, Ordered {

		@Override
		public HttpHeaders apply(HttpHeaders headers, ServerRequest request) {
			return only(TO_SERVICE, headers);
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	@Component
	static class ToBrowser implements HttpHeadersFilter.ResponseHttpHeadersFilter, Ordered {

		@Override
		public HttpHeaders apply(HttpHeaders headers, ServerResponse response) {
			return only(TO_BROWSER, headers);
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}

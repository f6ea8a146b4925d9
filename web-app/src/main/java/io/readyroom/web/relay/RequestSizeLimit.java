package io.readyroom.web.relay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

import io.readyroom.problems.Problems;

import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Refuses a request body over the limit before it reaches a service. A body of declared
 * length is judged by its {@code Content-Length}; a chunked one is read, up to one byte
 * past the limit, and relayed from memory. (Gateway's own {@code requestSize} filter
 * judges only the declared length.)
 */
final class RequestSizeLimit {

	private RequestSizeLimit() {
	}

	static Function<ServerRequest, ServerRequest> of(int limit) {
		return (request) -> {
			HttpHeaders headers = request.headers().asHttpHeaders();
			if (headers.getContentLength() > limit) {
				throw tooLarge(limit);
			}
			if (headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
				MvcUtils.putAttribute(request, MvcUtils.CACHED_REQUEST_BODY_ATTR,
						new ByteArrayInputStream(read(request, limit)));
			}
			return request;
		};
	}

	private static byte[] read(ServerRequest request, int limit) {
		try {
			byte[] body = request.servletRequest().getInputStream().readNBytes(limit + 1);
			if (body.length > limit) {
				throw tooLarge(limit);
			}
			return body;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ErrorResponseException tooLarge(int limit) {
		return Problems.exception(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large",
				"At most " + limit + " bytes are accepted.");
	}

}

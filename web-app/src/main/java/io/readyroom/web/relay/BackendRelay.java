package io.readyroom.web.relay;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

import io.readyroom.problems.Problems;
import io.readyroom.web.WebProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Sends one call on to a service and streams its answer back. The request body is small
 * (an answer, an import file) and read whole; the response body is copied as it arrives,
 * so an export of any size is never held in memory.
 */
@Component
class BackendRelay {

	private final HttpClient client;

	private final WebProperties.Backends settings;

	BackendRelay(WebProperties properties) {
		this.settings = properties.backends();
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(this.settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	void exchange(HttpServletRequest request, BackendRoute route, URI target, String accessToken,
			HttpServletResponse response) throws IOException {
		HttpRequest.Builder call = HttpRequest.newBuilder(target)
			.timeout(this.settings.responseTimeout())
			.method(request.getMethod(), body(request));
		RelayedHeaders.toService(request, call);
		call.header("Authorization", "Bearer " + accessToken);
		HttpResponse<InputStream> answer = send(call.build(), route);
		response.setStatus(answer.statusCode());
		RelayedHeaders.toBrowser(answer.headers(), response, route);
		try (InputStream in = answer.body()) {
			OutputStream out = response.getOutputStream();
			in.transferTo(out);
			out.flush();
		}
	}

	private HttpRequest.BodyPublisher body(HttpServletRequest request) throws IOException {
		int limit = this.settings.maxRequestSize();
		if (request.getContentLengthLong() > limit) {
			throw tooLarge(limit);
		}
		byte[] bytes = request.getInputStream().readNBytes(limit + 1);
		if (bytes.length > limit) {
			throw tooLarge(limit);
		}
		return (bytes.length > 0) ? HttpRequest.BodyPublishers.ofByteArray(bytes) : HttpRequest.BodyPublishers.noBody();
	}

	private HttpResponse<InputStream> send(HttpRequest call, BackendRoute route) throws IOException {
		try {
			return this.client.send(call, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (ConnectException | HttpConnectTimeoutException ex) {
			throw unavailable(route);
		}
		catch (HttpTimeoutException ex) {
			throw Problems.exception(HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "Service too slow",
					route.service() + " did not answer within " + this.settings.responseTimeout().toSeconds()
							+ " s. Try again in a moment.");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable(route);
		}
	}

	private static ErrorResponseException unavailable(BackendRoute route) {
		return Problems.exception(HttpStatus.BAD_GATEWAY, "service-unavailable", "Service unavailable",
				route.service() + " is not reachable; it may still be starting. Try again in a moment.");
	}

	private static ErrorResponseException tooLarge(int limit) {
		return Problems.exception(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large",
				"At most " + limit + " bytes are accepted.");
	}

}

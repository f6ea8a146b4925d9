package io.readyroom.local.identity;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP as a browser speaks it to the identity server: cookies kept between requests,
 * redirects left to the caller, so it can stop at the one that carries the code.
 */
final class BrowserSession {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(TIMEOUT)
		.build();

	/**
	 * A page request: like a browser's it accepts HTML, which makes the server send an
	 * unauthenticated user to its login form rather than answer {@code 401}.
	 */
	HttpResponse<String> getPage(URI uri) {
		return send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml").GET());
	}

	HttpResponse<String> getJson(URI uri) {
		return send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET());
	}

	HttpResponse<String> postForm(URI uri, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		HttpRequest built = request.timeout(TIMEOUT).build();
		try {
			return this.client.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException | HttpConnectTimeoutException ex) {
			throw new IdentityServerUnreachableException("No identity server answers at " + originOf(built.uri()), ex);
		}
		catch (IOException ex) {
			throw new SignInException("The identity server at " + originOf(built.uri()) + " did not answer "
					+ built.method() + " " + built.uri().getPath() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SignInException("Interrupted while signing in at " + originOf(built.uri()), ex);
		}
	}

	static String originOf(URI uri) {
		return uri.getScheme() + "://" + uri.getAuthority();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

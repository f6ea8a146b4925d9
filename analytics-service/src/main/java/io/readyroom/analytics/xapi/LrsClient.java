package io.readyroom.analytics.xapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * Sends one statement to an LRS: {@code POST endpoint/statements} with HTTP Basic
 * credentials and the {@code X-Experience-API-Version} header xAPI 1.0.3 requires.
 */
@Component
class LrsClient {

	static final String VERSION_HEADER = "X-Experience-API-Version";

	static final String VERSION = "1.0.3";

	private static final int MOST_OF_A_REFUSAL = 300;

	private final HttpClient http;

	private final XapiProperties properties;

	LrsClient(XapiProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.requestTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Delivery send(LrsSettings lrs, String statement) {
		String credentials = Base64.getEncoder()
			.encodeToString((lrs.username() + ":" + lrs.password()).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(lrs.statementsUrl()))
			.timeout(this.properties.requestTimeout())
			.header("Authorization", "Basic " + credentials)
			.header(VERSION_HEADER, VERSION)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(statement))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return Delivery.of(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			return new Delivery(Delivery.Outcome.RETRY, "LRS not reachable: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Delivery(Delivery.Outcome.RETRY, "interrupted while sending");
		}
	}

	/** What became of one statement, and why. */
	record Delivery(Outcome outcome, String reason) {

		enum Outcome {

			SENT, RETRY, REFUSED

		}

		/**
		 * A statement the LRS took, or one it refused as malformed or conflicting (400,
		 * 409, 413 and the like: the same statement would be refused again), or a failure
		 * worth trying again: the LRS down or busy, or credentials the program may yet
		 * fix.
		 */
		static Delivery of(int status, String body) {
			if (status >= 200 && status < 300) {
				return new Delivery(Outcome.SENT, null);
			}
			String reason = "LRS answered " + status + ": "
					+ ((body.length() > MOST_OF_A_REFUSAL) ? body.substring(0, MOST_OF_A_REFUSAL) + "…" : body);
			boolean worthRetrying = status >= 500 || status == 401 || status == 403 || status == 408 || status == 429;
			return new Delivery(worthRetrying ? Outcome.RETRY : Outcome.REFUSED, reason);
		}

	}

}

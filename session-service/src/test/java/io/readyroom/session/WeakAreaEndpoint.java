package io.readyroom.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for analytics' {@code GET /api/learners/{id}/weak-areas}: learners whose id
 * starts with {@code weak-in-ehr} are weakest in EHR systems, those whose id starts with
 * {@code no-answers} are unknown, those whose id starts with {@code refused-by-analytics}
 * are refused, anyone else gets a server error. It remembers the {@code Authorization}
 * header each learner was asked about with.
 */
final class WeakAreaEndpoint implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, String> authorizations = new ConcurrentHashMap<>();

	private WeakAreaEndpoint(HttpServer server) {
		this.server = server;
	}

	static WeakAreaEndpoint start() {
		try {
			WeakAreaEndpoint endpoint = new WeakAreaEndpoint(
					HttpServer.create(new InetSocketAddress("localhost", 0), 0));
			endpoint.server.createContext("/api/learners/", endpoint::answer);
			endpoint.server.start();
			return endpoint;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	/** The {@code Authorization} header of the last request about this learner. */
	Optional<String> authorizationFor(String learnerId) {
		return Optional.ofNullable(this.authorizations.get(learnerId));
	}

	private void answer(HttpExchange exchange) throws IOException {
		String learnerId = exchange.getRequestURI().getPath().split("/")[3];
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		this.authorizations.put(learnerId, (authorization != null) ? authorization : "none");
		int status = learnerId.startsWith("weak-in-ehr") ? 200
				: learnerId.startsWith("no-answers") ? 404 : learnerId.startsWith("refused-by-analytics") ? 403 : 500;
		byte[] body = (status == 200)
				? ("{\"learnerId\":\"" + learnerId + "\",\"weakAreas\":[{\"competency\":\"ehr-systems\"}]}")
					.getBytes(StandardCharsets.UTF_8)
				: new byte[0];
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, (body.length > 0) ? body.length : -1);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

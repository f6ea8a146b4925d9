package io.readyroom.analytics.xapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A learning record store for the tests, on a local port: {@code POST /xapi/statements}
 * with the rules an LRS applies (HTTP Basic credentials, the version header, a valid
 * statement, an id kept once), and on request the failures of a real one: down (503) or
 * refusing (400) for the next calls.
 */
public final class TestLrs implements AutoCloseable {

	public static final String USERNAME = "readyroom";

	public static final String PASSWORD = "s3cret";

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	private final Map<String, JsonNode> statements = new LinkedHashMap<>();

	private final List<String> refusals = new ArrayList<>();

	private final AtomicInteger failures = new AtomicInteger();

	private volatile int failWith;

	public TestLrs() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/xapi/statements", this::statement);
		this.server.start();
	}

	public String endpoint() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/xapi/";
	}

	/** The next {@code count} calls are answered with {@code status}; 0 to stop. */
	public void failNext(int count, int status) {
		this.failWith = status;
		this.failures.set(count);
	}

	public synchronized Map<String, JsonNode> statements() {
		return Map.copyOf(this.statements);
	}

	public synchronized List<String> refusals() {
		return List.copyOf(this.refusals);
	}

	private void statement(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			byte[] bytes = body.readAllBytes();
			if (this.failures.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
				answer(exchange, this.failWith, "{\"error\":\"failing on request\"}");
				return;
			}
			answer(exchange, take(exchange, bytes));
		}
	}

	private synchronized Answer take(HttpExchange exchange, byte[] body) {
		if (!exchange.getRequestMethod().equals("POST")) {
			return refuse(405, "only POST");
		}
		String expected = "Basic "
				+ Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			return refuse(401, "bad credentials");
		}
		if (!"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
			return refuse(400, "X-Experience-API-Version must be 1.0.3");
		}
		JsonNode statement = this.json.readTree(body);
		List<String> violations = XapiStatementRules.violationsOf(statement);
		if (!violations.isEmpty()) {
			return refuse(400, String.join("; ", violations));
		}
		String id = statement.get("id").asString();
		JsonNode earlier = this.statements.get(id);
		if (earlier != null && !earlier.equals(statement)) {
			return refuse(409, "another statement has id " + id);
		}
		this.statements.put(id, statement);
		return new Answer(200, "[\"" + id + "\"]");
	}

	private Answer refuse(int status, String why) {
		this.refusals.add(status + " " + why);
		return new Answer(status, "{\"error\":\"" + why.replace("\"", "'") + "\"}");
	}

	private static void answer(HttpExchange exchange, Answer answer) throws IOException {
		answer(exchange, answer.status(), answer.body());
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private record Answer(int status, String body) {
	}

}

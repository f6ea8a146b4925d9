package io.readyroom.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small local HTTP server standing in for the services behind the relay: it records
 * every request and answers as a test tells it to.
 */
public final class StubService implements AutoCloseable {

	private static final StubService SHARED = start();

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicReference<Responder> responder = new AtomicReference<>();

	private StubService(HttpServer server) {
		this.server = server;
		server.createContext("/", this::handle);
		answer(200, "application/json", "{}");
	}

	/** One stub for the whole test run, so every test shares one Spring context. */
	public static StubService shared() {
		return SHARED;
	}

	public static StubService start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			StubService stub = new StubService(server);
			server.start();
			return stub;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	/** Forgets what was received and answers {@code 200 {}} again. */
	public void reset() {
		this.received.clear();
		answer(200, "application/json", "{}");
	}

	public void answer(int status, String contentType, String body) {
		answer(status, Map.of("Content-Type", contentType), body);
	}

	public void answer(int status, Map<String, String> headers, String body) {
		respondWith((exchange) -> {
			headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, (bytes.length > 0) ? bytes.length : -1);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
	}

	public void respondWith(Responder responder) {
		this.responder.set(responder);
	}

	public List<Received> received() {
		return List.copyOf(this.received);
	}

	public Received last() {
		if (this.received.isEmpty()) {
			throw new AssertionError("the stub received no request");
		}
		return this.received.get(this.received.size() - 1);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
					exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(),
					new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		this.responder.get().respond(exchange);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** What the stub does with a request. */
	@FunctionalInterface
	public interface Responder {

		void respond(HttpExchange exchange) throws IOException;

	}

	/** A request the stub received. */
	public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}

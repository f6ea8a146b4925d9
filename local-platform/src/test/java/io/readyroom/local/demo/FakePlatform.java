package io.readyroom.local.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The identity server, session-service and analytics-service as the demo simulation sees
 * them, on one local port, recording every call they receive.
 */
final class FakePlatform implements AutoCloseable {

	static {
		// without it the server's separate header and body writes wait out delayed ACKs,
		// 40 ms a call; read once per JVM, when the first server starts
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	final FakeIdentity identity = new FakeIdentity();

	final FakeSessionService sessions = new FakeSessionService();

	final FakeAnalytics analytics = new FakeAnalytics(this.sessions::answersOf);

	private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();

	private final HttpServer server;

	FakePlatform() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Routes routes = (path, handler) -> this.server.createContext(path, handler).getFilters().add(recorder());
		this.identity.register(routes);
		this.sessions.register(routes);
		this.analytics.register(routes);
		this.server.start();
	}

	DemoTargets targets() {
		URI here = URI.create("http://localhost:" + this.server.getAddress().getPort());
		return new DemoTargets(here, here, here, here);
	}

	/** The calls to the services, sign-ins left out. */
	List<RecordedCall> apiCalls() {
		return this.calls.stream().filter((call) -> call.path().startsWith("/api/")).toList();
	}

	List<RecordedCall> apiCalls(String method, String pathPattern) {
		return apiCalls().stream().filter((call) -> call.is(method, pathPattern)).toList();
	}

	private Filter recorder() {
		return Filter.beforeHandler("records the call", this::record);
	}

	private void record(HttpExchange exchange) {
		byte[] body;
		try {
			body = exchange.getRequestBody().readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		exchange.setStreams(new ByteArrayInputStream(body), null);
		String query = exchange.getRequestURI().getRawQuery();
		this.calls.add(new RecordedCall(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				(query != null) ? query : "", Exchanges.caller(exchange),
				new String(body, java.nio.charset.StandardCharsets.UTF_8)));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** Where the fakes put their handlers. */
	interface Routes {

		void add(String path, HttpHandler handler);

	}

}

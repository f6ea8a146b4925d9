package io.readyroom.local.service;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP server answering the readiness endpoint the way a service would.
 */
final class ReadinessStub implements AutoCloseable {

	private final HttpServer server;

	private volatile int status = 503;

	private volatile String body = "{\"status\":\"OUT_OF_SERVICE\"}";

	ReadinessStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext(ActuatorEndpoints.READINESS, (exchange) -> {
			byte[] response = this.body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
			exchange.sendResponseHeaders(this.status, response.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(response);
			}
		});
		this.server.start();
	}

	URI baseUrl() {
		return URI.create("http://localhost:" + this.server.getAddress().getPort());
	}

	void answer(int status, String body) {
		this.status = status;
		this.body = body;
	}

	void becomeReady() {
		answer(200, "{\"status\":\"UP\"}");
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

package io.readyroom.support.tracing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Spans leave a service only when an OTLP endpoint is set, and then reach it over the
 * JDK's HTTP client (the exporter's OkHttp sender is left out of service-support).
 */
class TracingExportTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class, MicrometerTracingAutoConfiguration.class,
						OpenTelemetryTracingAutoConfiguration.class, OtlpTracingAutoConfiguration.class))
		.withPropertyValues("management.tracing.sampling.probability=1.0");

	private final List<String> received = new CopyOnWriteArrayList<>();

	private HttpServer collector;

	@BeforeEach
	void startCollector() throws IOException {
		this.collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.collector.createContext("/v1/traces", (exchange) -> {
			this.received.add(exchange.getRequestHeaders().getFirst("Content-Type"));
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.collector.start();
	}

	@AfterEach
	void stopCollector() {
		this.collector.stop(0);
	}

	@Test
	void exportsNothingWhenNoEndpointIsSet() {
		this.contexts.run((context) -> {
			assertThat(context).hasSingleBean(Tracer.class).doesNotHaveBean(SpanExporter.class);
			endOneSpan(context.getBean(Tracer.class));
			context.getBean(SdkTracerProvider.class).forceFlush().join(5, TimeUnit.SECONDS);
		});
		assertThat(this.received).isEmpty();
	}

	@Test
	void exportsSpansToTheEndpointSet() {
		this.contexts
			.withPropertyValues("management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:"
					+ this.collector.getAddress().getPort() + "/v1/traces")
			.run((context) -> {
				endOneSpan(context.getBean(Tracer.class));
				context.getBean(SdkTracerProvider.class).forceFlush().join(5, TimeUnit.SECONDS);
				await().untilAsserted(() -> assertThat(this.received).containsExactly("application/x-protobuf"));
			});
	}

	private static void endOneSpan(Tracer tracer) {
		Span span = tracer.nextSpan().name("probe").start();
		span.end();
	}

}

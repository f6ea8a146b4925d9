package io.readyroom.support.tracing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-record spans of a batch, with a real OpenTelemetry tracer behind the observations
 * as in a service.
 */
class RecordTracesTests {

	private static final String FIRST_TRACE = "0af7651916cd43dd8448eb211c80319c";

	private static final String FIRST_PARENT = "b7ad6b7169203331";

	private static final String SECOND_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String SECOND_PARENT = "00f067aa0ba902b7";

	private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

	private final SdkTracerProvider provider = SdkTracerProvider.builder()
		.addSpanProcessor(SimpleSpanProcessor.create(this.exporter))
		.build();

	private final OtelTracer tracer;

	private final RecordTracing tracing;

	RecordTracesTests() {
		OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
			.setTracerProvider(this.provider)
			.setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
			.build();
		this.tracer = new OtelTracer(otel.getTracer("tests"), new OtelCurrentTraceContext(), (event) -> {
		});
		OtelPropagator propagator = new OtelPropagator(otel.getPropagators(), otel.getTracer("tests"));
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig()
			.observationHandler(new FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(this.tracer, propagator),
					new PropagatingReceiverTracingObservationHandler<>(this.tracer, propagator),
					new DefaultTracingObservationHandler(this.tracer)));
		this.tracing = new RecordTracing(registry);
	}

	@AfterEach
	void closeTracer() {
		this.provider.close();
	}

	@Test
	void workWithinARecordRunsInThatRecordsTrace() {
		List<ConsumerRecord<String, String>> batch = List.of(record(0, "answer-1", FIRST_TRACE, FIRST_PARENT),
				record(1, "answer-2", SECOND_TRACE, SECOND_PARENT));

		try (RecordTraces traces = this.tracing.start("answers", batch, (value) -> value)) {
			assertThat(traceIdWithin(traces, "answer-2")).isEqualTo(SECOND_TRACE);
			assertThat(traceIdWithin(traces, "answer-1")).isEqualTo(FIRST_TRACE);
			assertThat(traceIdWithin(traces, "answer-unknown")).isNull();
		}
	}

	@Test
	void closingEndsAConsumerSpanPerRecordWhoseParentIsTheRecordsTraceparent() {
		List<ConsumerRecord<String, String>> batch = List.of(record(0, "answer-1", FIRST_TRACE, FIRST_PARENT),
				record(1, "answer-2", SECOND_TRACE, SECOND_PARENT));

		RecordTraces traces = this.tracing.start("answers", batch, (value) -> value);
		assertThat(finished()).isEmpty();
		traces.close();

		assertThat(finished()).hasSize(2).allSatisfy((span) -> {
			assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
			assertThat(span.getName()).isEqualTo("readyroom.answers process");
		});
		assertThat(finished()).extracting(SpanData::getTraceId).containsExactlyInAnyOrder(FIRST_TRACE, SECOND_TRACE);
		assertThat(finished()).extracting(SpanData::getParentSpanId)
			.containsExactlyInAnyOrder(FIRST_PARENT, SECOND_PARENT);
	}

	@Test
	void aFailedRecordsSpanEndsWithTheErrorAndTheOthersDoNot() {
		ConsumerRecord<String, String> failing = record(1, "answer-2", SECOND_TRACE, SECOND_PARENT);
		List<ConsumerRecord<String, String>> batch = List.of(record(0, "answer-1", FIRST_TRACE, FIRST_PARENT), failing);

		try (RecordTraces traces = this.tracing.start("answers", batch, (value) -> value)) {
			traces.failed(failing, new IllegalStateException("rubric not known"));
		}

		assertThat(finished()).filteredOn((span) -> span.getTraceId().equals(SECOND_TRACE))
			.singleElement()
			.satisfies((span) -> assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR));
		assertThat(finished()).filteredOn((span) -> span.getTraceId().equals(FIRST_TRACE))
			.singleElement()
			.satisfies((span) -> assertThat(span.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR));
	}

	@Test
	void aRecordWithoutTraceparentStartsATraceOfItsOwn() {
		ConsumerRecord<String, String> untraced = new ConsumerRecord<>("readyroom.answers", 0, 0, "learner",
				"answer-1");

		try (RecordTraces traces = this.tracing.start("answers", List.of(untraced), (value) -> value)) {
			assertThat(traceIdWithin(traces, "answer-1")).isNotNull().isNotEqualTo(FIRST_TRACE);
		}
	}

	private @Nullable String traceIdWithin(RecordTraces traces, String key) {
		AtomicReference<@Nullable String> traceId = new AtomicReference<>();
		traces.within(key, () -> {
			Span current = this.tracer.currentSpan();
			traceId.set((current != null) ? current.context().traceId() : null);
		});
		return traceId.get();
	}

	private static ConsumerRecord<String, String> record(long offset, String value, String traceId, String parentId) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>("readyroom.answers", 0, offset, "learner", value);
		record.headers()
			.add("traceparent", ("00-" + traceId + "-" + parentId + "-01").getBytes(StandardCharsets.UTF_8));
		return record;
	}

	private List<SpanData> finished() {
		return this.exporter.getFinishedSpanItems();
	}

}

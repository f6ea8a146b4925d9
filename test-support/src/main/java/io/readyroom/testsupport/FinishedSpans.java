package io.readyroom.testsupport;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Keeps the spans a service finished, as an OTLP exporter would send them. Declared as a
 * bean of a test with tracing on ({@code @AutoConfigureTracing}), Boot hands it every
 * span; a short {@code management.opentelemetry.tracing.export.schedule-delay} makes them
 * arrive soon.
 */
public final class FinishedSpans implements SpanExporter {

	private final List<SpanData> spans = new CopyOnWriteArrayList<>();

	/** The finished spans of one trace, in the order they were exported. */
	public List<SpanData> ofTrace(String traceId) {
		return this.spans.stream().filter((span) -> span.getTraceId().equals(traceId)).toList();
	}

	@Override
	public CompletableResultCode export(Collection<SpanData> finished) {
		this.spans.addAll(finished);
		return CompletableResultCode.ofSuccess();
	}

	@Override
	public CompletableResultCode flush() {
		return CompletableResultCode.ofSuccess();
	}

	@Override
	public CompletableResultCode shutdown() {
		return CompletableResultCode.ofSuccess();
	}

}

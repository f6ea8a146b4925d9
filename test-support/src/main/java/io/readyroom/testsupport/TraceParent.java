package io.readyroom.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

/**
 * A W3C trace context as a test starts a trace with it (an HTTP header, a record header)
 * and finds the trace again on what a service published.
 *
 * @param traceId 32 hex digits
 * @param spanId 16 hex digits: the caller's span, the parent of the service's first
 */
public record TraceParent(String traceId, String spanId) {

	/** The header's name, on HTTP requests and Kafka records alike. */
	public static final String HEADER = "traceparent";

	/** A new trace that nobody else uses. */
	public static TraceParent random() {
		return new TraceParent(randomHex(16), randomHex(8));
	}

	/** The header's value, sampled. */
	public String header() {
		return "00-" + this.traceId + "-" + this.spanId + "-01";
	}

	/** The trace a record's {@code traceparent} header names, or null without one. */
	public static @Nullable TraceParent of(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(HEADER);
		if (header == null) {
			return null;
		}
		String[] parts = new String(header.value(), StandardCharsets.UTF_8).split("-");
		return new TraceParent(parts[1], parts[2]);
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}

package io.readyroom.analytics;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.support.kafka.UnprocessableEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The records of a batch up to the first one that could not be read, and that one. The
 * deserializer gives an unreadable record a {@code null} value (the failure is in its
 * headers), so a batch listener handles the readable records before it, then
 * {@linkplain #rejectUnreadable() rejects} the unreadable one: the error handler commits
 * the records before it, sends it to its dead-letter topic on the first attempt (the
 * cause is an {@link UnprocessableEventException}, which is not retried) and delivers the
 * records after it again in the next batch.
 *
 * @param <V> the event type
 */
public final class ReadableBatch<V> {

	private final List<V> values;

	private final @Nullable ConsumerRecord<?, V> unreadable;

	private ReadableBatch(List<V> values, @Nullable ConsumerRecord<?, V> unreadable) {
		this.values = values;
		this.unreadable = unreadable;
	}

	public static <V> ReadableBatch<V> of(List<? extends ConsumerRecord<?, V>> records) {
		List<V> values = new ArrayList<>(records.size());
		for (ConsumerRecord<?, V> record : records) {
			if (record.value() == null) {
				return new ReadableBatch<>(values, record);
			}
			values.add(record.value());
		}
		return new ReadableBatch<>(values, null);
	}

	/** The values of the records before the first unreadable one, in order. */
	public List<V> values() {
		return List.copyOf(this.values);
	}

	/**
	 * Throws for the first unreadable record, if there is one; call it once the records
	 * before it are handled, since the error handler commits them.
	 * @throws BatchListenerFailedException naming the record
	 */
	public void rejectUnreadable() {
		if (this.unreadable != null) {
			throw new BatchListenerFailedException("Record could not be read",
					new UnprocessableEventException("the record could not be read as an event; see its headers"),
					this.unreadable);
		}
	}

}

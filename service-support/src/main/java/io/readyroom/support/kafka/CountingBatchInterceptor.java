package io.readyroom.support.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Counts records a batch listener processed without error: all of a batch that succeeded,
 * and of one that failed at a record it named, the records before that one, which are
 * committed.
 */
class CountingBatchInterceptor implements BatchInterceptor<Object, Object> {

	private final EventMetrics metrics;

	CountingBatchInterceptor(EventMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records,
			Consumer<Object, Object> consumer) {
		return records;
	}

	@Override
	public void success(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
		records.forEach((record) -> this.metrics.consumed(record.topic()));
	}

	@Override
	public void failure(ConsumerRecords<Object, Object> records, Exception exception,
			Consumer<Object, Object> consumer) {
		BatchListenerFailedException failed = namedFailure(exception);
		if (failed == null) {
			return;
		}
		int index = 0;
		for (ConsumerRecord<Object, Object> record : records) {
			if (isFailed(record, index++, failed)) {
				return;
			}
			this.metrics.consumed(record.topic());
		}
	}

	private static @Nullable BatchListenerFailedException namedFailure(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof BatchListenerFailedException failed) {
				return failed;
			}
		}
		return null;
	}

	/** The exception names the failed record itself or its position in the batch. */
	private static boolean isFailed(ConsumerRecord<?, ?> record, int index, BatchListenerFailedException failed) {
		ConsumerRecord<?, ?> named = failed.getRecord();
		if (named == null) {
			return index == failed.getIndex();
		}
		return record.topic().equals(named.topic()) && record.partition() == named.partition()
				&& record.offset() == named.offset();
	}

}

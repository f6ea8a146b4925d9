package io.readyroom.support.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.listener.RecordInterceptor;

/** Counts records a listener processed without error. */
class CountingRecordInterceptor implements RecordInterceptor<Object, Object> {

	private final EventMetrics metrics;

	CountingRecordInterceptor(EventMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public @Nullable ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
			Consumer<Object, Object> consumer) {
		return record;
	}

	@Override
	public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
		this.metrics.consumed(record.topic());
	}

}

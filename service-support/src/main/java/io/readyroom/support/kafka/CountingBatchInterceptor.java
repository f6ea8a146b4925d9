package io.readyroom.support.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import org.springframework.kafka.listener.BatchInterceptor;

/**
 * Counts the records of a batch a batch listener processed without error, as
 * {@link CountingRecordInterceptor} does for record listeners (the container applies only
 * one of the two, by the listener's kind).
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
		for (ConsumerRecord<Object, Object> record : records) {
			this.metrics.consumed(record.topic());
		}
	}

}

package io.readyroom.support.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.RetryListener;

/**
 * Logs every failed attempt at a record, by position and reason only (never the payload),
 * so an operator sees a record being retried instead of a silently stalled partition.
 */
class FailedDeliveryLogger implements RetryListener {

	private static final Logger log = LoggerFactory.getLogger(FailedDeliveryLogger.class);

	@Override
	public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
		log.warn("Attempt {} at {}-{}@{} failed: {}", deliveryAttempt, record.topic(), record.partition(),
				record.offset(), EventMetrics.rootCause(failure).toString());
	}

}

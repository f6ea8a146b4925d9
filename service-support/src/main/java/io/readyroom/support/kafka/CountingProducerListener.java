package io.readyroom.support.kafka;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.support.ProducerListener;

/**
 * Counts every send of the service's template by outcome; failures are logged without
 * payload.
 */
class CountingProducerListener implements ProducerListener<Object, Object> {

	private static final Logger log = LoggerFactory.getLogger(CountingProducerListener.class);

	private final EventMetrics metrics;

	CountingProducerListener(EventMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public void onSuccess(ProducerRecord<Object, Object> record, RecordMetadata metadata) {
		this.metrics.produced(record.topic(), true);
	}

	@Override
	public void onError(ProducerRecord<Object, Object> record, @Nullable RecordMetadata metadata, Exception exception) {
		this.metrics.produced(record.topic(), false);
		log.error("Kafka did not acknowledge a record for {} (key {})", record.topic(), record.key(), exception);
	}

}

package io.readyroom.support.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

import io.readyroom.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * Sends a record that cannot be processed to {@code <topic>.dlt}, same partition, with
 * the failure in the record headers. A record that could not even be read is forwarded as
 * the original bytes, so nothing of it is lost; if the dead-letter send fails, the record
 * is not committed and is tried again.
 */
class DeadLetterRecoverer implements ConsumerRecordRecoverer, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);

	private final DefaultKafkaProducerFactory<String, Object> producerFactory;

	private final DeadLetterPublishingRecoverer publisher;

	private final EventMetrics metrics;

	DeadLetterRecoverer(ProducerFactory<Object, Object> serviceProducerFactory, EventMetrics metrics) {
		Map<Class<?>, Serializer<?>> valueSerializers = new LinkedHashMap<>();
		valueSerializers.put(byte[].class, new ByteArraySerializer());
		valueSerializers.put(Object.class, new JacksonJsonSerializer<>());
		this.producerFactory = new DefaultKafkaProducerFactory<>(serviceProducerFactory.getConfigurationProperties(),
				new StringSerializer(), new DelegatingByTypeSerializer(valueSerializers, true));
		this.publisher = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(this.producerFactory),
				(record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
		this.metrics = metrics;
	}

	@Override
	public void accept(ConsumerRecord<?, ?> record, Exception failure) {
		this.publisher.accept(record, failure);
		this.metrics.deadLettered(record.topic(), failure);
		log.warn("Sent {}-{}@{} to the dead-letter topic: {}", record.topic(), record.partition(), record.offset(),
				EventMetrics.rootCause(failure).getMessage());
	}

	@Override
	public void destroy() {
		this.producerFactory.destroy();
	}

}

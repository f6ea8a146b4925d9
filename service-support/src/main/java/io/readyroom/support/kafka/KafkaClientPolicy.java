package io.readyroom.support.kafka;

import java.util.Map;

import io.readyroom.contracts.ReadyroomEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * The client settings that make delivery safe, applied to every service whatever its
 * {@code spring.kafka.*} properties say.
 */
final class KafkaClientPolicy {

	static final int MAX_POLL_RECORDS = 100;

	private KafkaClientPolicy() {
	}

	/**
	 * An acknowledged event must survive a broker failure and a retried send must not
	 * duplicate it. Events describe their own type, so no type headers are added.
	 */
	static Map<String, Object> producer() {
		return Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, JacksonJsonSerializer.class,
				JacksonJsonSerializer.ADD_TYPE_INFO_HEADERS, false);
	}

	/**
	 * Offsets are committed by the listener container after a record is processed, never
	 * by the client on a timer. A value that cannot be read is handed to the error
	 * handler (and so to the dead-letter topic) instead of failing the poll, so the
	 * partition keeps flowing. Each listener names the event type it reads with
	 * {@code spring.json.value.default.type}.
	 * <p>
	 * A poll brings at most {@value #MAX_POLL_RECORDS} records. Its offsets are committed
	 * once all of them are processed, and a consumer that takes longer than
	 * {@code max.poll.interval.ms} (5 minutes) is put out of its group, so its records go
	 * to another consumer from the last commit. With Kafka's 500 a busy machine scoring
	 * answers at a second each never finished a poll: the same answers went round and
	 * round while nothing was committed.
	 */
	static Map<String, Object> consumer() {
		return Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class,
				ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, JacksonJsonDeserializer.class,
				JacksonJsonDeserializer.USE_TYPE_INFO_HEADERS, false, JacksonJsonDeserializer.TRUSTED_PACKAGES,
				ReadyroomEvent.class.getPackageName());
	}

}

package io.readyroom.support.tracing;

import java.util.List;
import java.util.function.Function;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation.DefaultKafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/**
 * Starts one observation per record of a batch, as Spring Kafka does for each record of a
 * record listener (its {@code observationEnabled} leaves batch listeners out): the same
 * convention, so the spans and the {@code spring.kafka.listener} timer look alike, and
 * the same receiver context, from which the tracing handler takes the record's
 * {@code traceparent} as the span's parent.
 */
public class RecordTracing {

	private final ObservationRegistry registry;

	RecordTracing(ObservationRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Starts the observations of a batch; close what this returns once the batch is
	 * handled.
	 * @param listenerId the listener, as named in the observations' tags
	 * @param records the batch, unreadable records (a {@code null} value) included
	 * @param keyOf what the caller will name a record's value by to run work in its
	 * trace, such as an answer id; the first record of a key wins
	 */
	public <V> RecordTraces start(String listenerId, List<? extends ConsumerRecord<?, ? extends V>> records,
			Function<? super V, ?> keyOf) {
		String groupId = KafkaUtils.getConsumerGroupId();
		RecordTraces traces = new RecordTraces();
		for (ConsumerRecord<?, ? extends V> record : records) {
			Observation observation = KafkaListenerObservation.LISTENER_OBSERVATION
				.observation(null, DefaultKafkaListenerObservationConvention.INSTANCE,
						() -> new KafkaRecordReceiverContext(record, listenerId, null, groupId, () -> null),
						this.registry)
				.start();
			V value = record.value();
			traces.add(record, (value != null) ? keyOf.apply(value) : null, observation);
		}
		return traces;
	}

}

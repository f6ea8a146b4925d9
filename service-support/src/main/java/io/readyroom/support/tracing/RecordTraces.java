package io.readyroom.support.tracing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.observation.Observation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The started observations of one batch, one per record. Work done {@linkplain #within
 * within} a record's observation is in that record's trace: the Kafka template's
 * observation of a send made there is its child and puts its {@code traceparent} on the
 * record sent, and log lines carry its trace and span ids. Work for the whole batch at
 * once (one call to the scorer, one bulk write) is in no record's trace; the spans still
 * last as long as the batch took.
 */
public final class RecordTraces implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RecordTraces.class);

	private final List<ConsumerRecord<?, ?>> records = new ArrayList<>();

	private final List<Observation> observations = new ArrayList<>();

	private final Map<Object, Observation> byKey = new HashMap<>();

	RecordTraces() {
	}

	void add(ConsumerRecord<?, ?> record, @Nullable Object key, Observation observation) {
		this.records.add(record);
		this.observations.add(observation);
		if (key != null) {
			this.byKey.putIfAbsent(key, observation);
		}
	}

	/**
	 * Runs {@code work} in the trace of the record named by {@code key}, or as it is when
	 * no record of the batch has that key.
	 */
	public void within(Object key, Runnable work) {
		Observation observation = this.byKey.get(key);
		if (observation == null) {
			work.run();
			return;
		}
		observation.scoped(work);
	}

	/** Marks the span of a record that failed with {@code error}. */
	public void failed(ConsumerRecord<?, ?> record, Throwable error) {
		for (int i = 0; i < this.records.size(); i++) {
			if (this.records.get(i) == record) {
				this.observations.get(i).error(error);
			}
		}
	}

	/**
	 * Ends every record's span; at DEBUG, each with a line in its own trace, so one
	 * request can be followed through the services' logs.
	 */
	@Override
	public void close() {
		for (int i = 0; i < this.observations.size(); i++) {
			Observation observation = this.observations.get(i);
			ConsumerRecord<?, ?> record = this.records.get(i);
			if (log.isDebugEnabled()) {
				observation
					.scoped(() -> log.debug("Handled {}-{}@{}", record.topic(), record.partition(), record.offset()));
			}
			observation.stop();
		}
	}

}

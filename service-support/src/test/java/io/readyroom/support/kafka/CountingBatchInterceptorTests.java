package io.readyroom.support.kafka;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

import static org.assertj.core.api.Assertions.assertThat;

class CountingBatchInterceptorTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final CountingBatchInterceptor interceptor = new CountingBatchInterceptor(new EventMetrics(this.registry));

	private final List<ConsumerRecord<Object, Object>> records = List.of(record(0), record(1), record(2), record(3));

	private final ConsumerRecords<Object, Object> batch = new ConsumerRecords<>(
			Map.of(new TopicPartition("readyroom.answers", 0), this.records));

	@Test
	void countsEveryRecordOfABatchThatSucceeded() {
		this.interceptor.success(this.batch, null);

		assertThat(consumed()).isEqualTo(4);
	}

	@Test
	void countsTheRecordsBeforeTheOneAFailureNames() {
		this.interceptor.failure(this.batch, new ListenerExecutionFailedException("listener failed",
				new BatchListenerFailedException("unreadable", this.records.get(2))), null);

		assertThat(consumed()).isEqualTo(2);
	}

	@Test
	void countsNothingOfABatchThatFailedAsAWhole() {
		this.interceptor.failure(this.batch, new IllegalStateException("store down"), null);

		assertThat(consumed()).isZero();
	}

	private double consumed() {
		return this.registry.find("readyroom.events.consumed").counters().stream().mapToDouble((c) -> c.count()).sum();
	}

	private static ConsumerRecord<Object, Object> record(long offset) {
		return new ConsumerRecord<>("readyroom.answers", 0, offset, "learner", "answer " + offset);
	}

}

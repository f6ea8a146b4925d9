package io.readyroom.support.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.readyroom.contracts.ReadyroomEvent;
import io.readyroom.contracts.Topics;
import org.apache.kafka.common.utils.Utils;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events and returns only once the broker has acknowledged them, so a caller
 * that answers a client after {@link #publish} never acknowledges something Kafka does
 * not have.
 */
public class EventPublisher {

	/** The key of the tombstones that roll segments; no event has it. */
	public static final String SEGMENT_ROLL_KEY = "readyroom-segment-roll";

	private final KafkaTemplate<Object, Object> kafka;

	private final EventStreamProperties properties;

	EventPublisher(KafkaTemplate<Object, Object> kafka, EventStreamProperties properties) {
		this.kafka = kafka;
		this.properties = properties;
	}

	/**
	 * Sends {@code event} to {@code topic}, keyed by its partition key, and waits for all
	 * in-sync replicas to have it.
	 * @throws EventNotPublishedException if the broker did not acknowledge it in time
	 */
	public void publish(String topic, ReadyroomEvent event) {
		publishAll(topic, List.of(event));
	}

	/**
	 * Sends all {@code events} to {@code topic} at once and waits until the broker has
	 * acknowledged every one; much faster than one {@link #publish} after another.
	 * @throws EventNotPublishedException naming the first event that was not acknowledged
	 * in time
	 */
	public void publishAll(String topic, List<? extends ReadyroomEvent> events) {
		publishAll(topic, events, SendScope.asItIs());
	}

	/**
	 * Sends all {@code events} to {@code topic} at once, each inside the scope
	 * {@code sendScope} gives it, and waits until the broker has acknowledged every one.
	 * A batch listener that publishes an event per record sends each in the trace of its
	 * record this way, and still waits once for the whole batch.
	 * @throws EventNotPublishedException naming the first event that was not acknowledged
	 * in time
	 */
	public <E extends ReadyroomEvent> void publishAll(String topic, List<E> events, SendScope<? super E> sendScope) {
		List<CompletableFuture<?>> sends = new ArrayList<>(events.size());
		for (E event : events) {
			sendScope.send(event, () -> sends.add(send(topic, event)));
		}
		long deadline = System.nanoTime() + this.properties.publishTimeout().toNanos();
		for (int i = 0; i < sends.size(); i++) {
			awaitAcknowledgement(sends.get(i), events.get(i), deadline);
		}
	}

	/**
	 * Erases records from an erasable topic and its dead-letter topic: sends a tombstone
	 * for each record key to the partition of {@code partitionKey}, where the records
	 * are, and waits until the broker has acknowledged every one. Consumers reading the
	 * topic from then on never see the records; the broker's cleaner removes them from
	 * disk once the tombstones have left the active segment, which is why an erasure
	 * sends them again after the erasure lag.
	 * @throws EventNotPublishedException if the broker did not acknowledge a tombstone in
	 * time
	 */
	public void eraseRecords(String topic, String partitionKey, Collection<String> recordKeys) {
		List<CompletableFuture<?>> sends = new ArrayList<>(2 * recordKeys.size());
		for (String erasing : List.of(topic, Topics.deadLetterOf(topic))) {
			int partition = partitionOf(erasing, partitionKey);
			recordKeys.forEach((key) -> sends.add(this.kafka.send(erasing, partition, key, null)));
		}
		awaitAll(sends, "a tombstone on " + topic);
	}

	/**
	 * Appends a tombstone for a key no record has to every partition of an erasable topic
	 * and its dead-letter topic. The broker rolls a segment only on an append, and its
	 * cleaner never compacts the active segment: sent at least every erasure lag, this
	 * has an erased record leave the disk within about twice the lag, also on a partition
	 * nobody writes to.
	 */
	public void rollSegments(String topic) {
		List<CompletableFuture<?>> sends = new ArrayList<>();
		for (String rolling : List.of(topic, Topics.deadLetterOf(topic))) {
			int partitions = this.kafka.partitionsFor(rolling).size();
			for (int partition = 0; partition < partitions; partition++) {
				sends.add(this.kafka.send(rolling, partition, SEGMENT_ROLL_KEY, null));
			}
		}
		awaitAll(sends, "a segment roll on " + topic);
	}

	/**
	 * Runs the send of one event inside the scope it belongs to, such as the trace of the
	 * record that caused it.
	 *
	 * @param <E> the event type
	 */
	@FunctionalInterface
	public interface SendScope<E> {

		/** Runs {@code send}, which sends {@code event}, exactly once. */
		void send(E event, Runnable send);

		/** Sends in the scope the caller is in. */
		static <E> SendScope<E> asItIs() {
			return (event, send) -> send.run();
		}

	}

	private CompletableFuture<?> send(String topic, ReadyroomEvent event) {
		if (event.recordKey().equals(event.partitionKey())) {
			return this.kafka.send(topic, event.partitionKey(), event);
		}
		return this.kafka.send(topic, partitionOf(topic, event.partitionKey()), event.recordKey(), event);
	}

	/**
	 * The partition the producer's own partitioner picks for a record keyed
	 * {@code partitionKey}, so a record keyed otherwise still lands beside its learner's
	 * other events.
	 */
	private int partitionOf(String topic, String partitionKey) {
		int partitions = this.kafka.partitionsFor(topic).size();
		return Utils.toPositive(Utils.murmur2(partitionKey.getBytes(StandardCharsets.UTF_8))) % partitions;
	}

	private void awaitAll(List<CompletableFuture<?>> sends, String what) {
		long deadline = System.nanoTime() + this.properties.publishTimeout().toNanos();
		for (CompletableFuture<?> send : sends) {
			awaitAcknowledgement(send, deadline, (failure) -> new EventNotPublishedException(what, failure));
		}
	}

	private static void awaitAcknowledgement(CompletableFuture<?> send, ReadyroomEvent event, long deadline) {
		awaitAcknowledgement(send, deadline, (failure) -> new EventNotPublishedException(event, failure));
	}

	private static void awaitAcknowledgement(CompletableFuture<?> send, long deadline,
			Function<Exception, EventNotPublishedException> notPublished) {
		try {
			send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw notPublished.apply(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw notPublished.apply(ex);
		}
	}

}

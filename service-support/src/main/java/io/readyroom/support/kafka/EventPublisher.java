package io.readyroom.support.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.readyroom.contracts.ReadyroomEvent;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events and returns only once the broker has acknowledged them, so a caller
 * that answers a client after {@link #publish} never acknowledges something Kafka does
 * not have.
 */
public class EventPublisher {

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
			sendScope.send(event, () -> sends.add(this.kafka.send(topic, event.partitionKey(), event)));
		}
		long deadline = System.nanoTime() + this.properties.publishTimeout().toNanos();
		for (int i = 0; i < sends.size(); i++) {
			awaitAcknowledgement(sends.get(i), events.get(i), deadline);
		}
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

	private static void awaitAcknowledgement(CompletableFuture<?> send, ReadyroomEvent event, long deadline) {
		try {
			send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EventNotPublishedException(event, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new EventNotPublishedException(event, ex);
		}
	}

}

package io.readyroom.support.kafka;

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
		try {
			this.kafka.send(topic, event.partitionKey(), event)
				.get(this.properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
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

package io.readyroom.faults;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends the answer pipeline's events again, byte for byte with their keys and headers, as
 * a producer retrying, a mirror or an operator re-feeding a topic would: every consumer
 * must recognise them as events it has already handled.
 */
final class EventReplay {

	static final List<String> TOPICS = List.of(Topics.PRACTICE_SESSIONS, Topics.ANSWERS, Topics.ANSWER_SCORES);

	private final KafkaProbe kafka;

	EventReplay(KafkaProbe kafka) {
		this.kafka = kafka;
	}

	/**
	 * @param times how many copies of each event to send
	 * @return how many records were sent
	 */
	int replay(int times) {
		List<ProducerRecord<byte[], byte[]>> copies = new ArrayList<>();
		for (String topic : TOPICS) {
			List<ConsumerRecord<byte[], byte[]>> records = this.kafka.readAll(topic);
			for (int copy = 0; copy < times; copy++) {
				records.forEach((record) -> copies.add(copyOf(record)));
			}
		}
		this.kafka.send(copies);
		return copies.size();
	}

	private static ProducerRecord<byte[], byte[]> copyOf(ConsumerRecord<byte[], byte[]> record) {
		// the partition the key chose for the original, as a resend by the producer would
		// take
		return new ProducerRecord<>(record.topic(), record.partition(), null, record.key(), record.value(),
				record.headers());
	}

}

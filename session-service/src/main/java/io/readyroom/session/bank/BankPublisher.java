package io.readyroom.session.bank;

import io.readyroom.contracts.Topics;
import io.readyroom.support.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Publishes every question version on the compacted bank topic before the service reports
 * ready, so the scorer knows a question's rubric before anyone can answer it. Publishing
 * again on every start is harmless: compaction keeps one record per version and consumers
 * upsert.
 */
@Component
class BankPublisher implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BankPublisher.class);

	private final QuestionBank bank;

	private final EventPublisher events;

	BankPublisher(QuestionBank bank, EventPublisher events) {
		this.bank = bank;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.bank.all().forEach((question) -> this.events.publish(Topics.QUESTION_BANK, question.published()));
		log.info("Published {} question versions to {}", this.bank.all().size(), Topics.QUESTION_BANK);
	}

}

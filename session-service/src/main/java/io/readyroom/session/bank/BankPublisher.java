package io.readyroom.session.bank;

import java.util.List;

import io.readyroom.bank.SharedBank;
import io.readyroom.session.bank.VersionOutcome.Change;
import io.readyroom.support.kafka.EventNotPublishedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;

/**
 * Before the service reports ready: records the shared bank (a changed question becomes a
 * new version) and publishes every version on the compacted bank topic, so the scorer
 * knows a rubric before anyone can answer under it. Publishing again is harmless:
 * compaction keeps one record per version and consumers upsert.
 */
@Component
class BankPublisher implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BankPublisher.class);

	private final SharedBank bank;

	private final QuestionCatalog catalog;

	private static final int ATTEMPTS = 3;

	private final ProducerFactory<?, ?> producers;

	BankPublisher(SharedBank bank, QuestionCatalog catalog, ProducerFactory<?, ?> producers) {
		this.bank = bank;
		this.catalog = catalog;
		this.producers = producers;
	}

	/**
	 * Publishing runs right after the topics are created, when a broker may still be
	 * settling their leaders; a producer caught in that can stay stuck (out-of-order
	 * sequences, seen with a broker started seconds before). So a failed attempt closes
	 * the producer and the next starts afresh; publishing again is harmless.
	 */
	@Override
	public void run(ApplicationArguments args) {
		for (int attempt = 1;; attempt++) {
			try {
				publish();
				return;
			}
			catch (EventNotPublishedException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				log.warn("Publishing the bank failed (attempt {} of {}), trying again with a new producer: {}", attempt,
						ATTEMPTS, ex.getMessage());
				this.producers.reset();
			}
		}
	}

	private void publish() {
		// what is stored first, then what is new: recording publishes the new versions
		// itself
		this.catalog.republishAll();
		List<VersionOutcome> outcomes = this.catalog.record(this.bank.questions(), null);
		log.info("Shared bank: {} questions, {} new, {} new versions", outcomes.size(), count(outcomes, Change.CREATED),
				count(outcomes, Change.NEW_VERSION));
	}

	private static long count(List<VersionOutcome> outcomes, Change change) {
		return outcomes.stream().filter((outcome) -> outcome.change() == change).count();
	}

}

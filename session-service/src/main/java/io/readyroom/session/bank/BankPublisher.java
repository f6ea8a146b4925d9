package io.readyroom.session.bank;

import java.util.List;

import io.readyroom.bank.SharedBank;
import io.readyroom.session.bank.VersionOutcome.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
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

	BankPublisher(SharedBank bank, QuestionCatalog catalog) {
		this.bank = bank;
		this.catalog = catalog;
	}

	@Override
	public void run(ApplicationArguments args) {
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

package io.readyroom.session.bank;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.readyroom.bank.BankQuestion;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.Topics;
import io.readyroom.session.bank.QuestionVersion.QuestionContent;
import io.readyroom.session.bank.VersionOutcome.Change;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Every version of every question. Recording a question whose content changed stores it
 * as a new version and publishes it; the version it replaces stays resolvable for answers
 * given under it.
 */
@Service
public class QuestionCatalog {

	private final MongoTemplate mongo;

	private final EventPublisher events;

	private final Clock clock;

	QuestionCatalog(MongoTemplate mongo, EventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records questions of one owner (a program, or null for the shared bank). Ownership
	 * of every id is checked before anything is stored, so a refused batch stores
	 * nothing.
	 */
	List<VersionOutcome> record(List<BankQuestion> questions, String programId) {
		questions.forEach((question) -> requireOwnedBy(question.id(), programId));
		List<Recording> recordings = questions.stream().map((question) -> recordingOf(question, programId)).toList();
		List<QuestionVersion> added = recordings.stream().map(Recording::added).filter(Objects::nonNull).toList();
		// published before stored, all at once: if Kafka refuses, nothing is stored
		this.events.publishAll(Topics.QUESTION_BANK, added.stream().map(QuestionVersion::published).toList());
		this.mongo.insertAll(added);
		recordings.forEach((recording) -> recording.previous().ifPresent((old) -> this.mongo.save(old.superseded())));
		return recordings.stream().map(Recording::outcome).toList();
	}

	private Recording recordingOf(BankQuestion question, String programId) {
		QuestionContent content = contentOf(question);
		String hash = ContentHash.of(content);
		Optional<QuestionVersion> current = current(question.id());
		if (current.isPresent() && current.get().contentHash().equals(hash)) {
			return new Recording(new VersionOutcome(question.id(), current.get().version(), Change.UNCHANGED), null,
					Optional.empty());
		}
		int version = current.map((previous) -> previous.version() + 1).orElse(1);
		QuestionVersion added = new QuestionVersion(QuestionVersionPublished.keyOf(question.id(), version),
				question.id(), version, programId, hash, true, content, question.rubric().basis(),
				question.provenance(), this.clock.instant());
		Change change = current.isPresent() ? Change.NEW_VERSION : Change.CREATED;
		return new Recording(new VersionOutcome(question.id(), version, change), added, current);
	}

	/**
	 * What recording one question does: its outcome, the version it adds, the one it
	 * supersedes.
	 */
	private record Recording(VersionOutcome outcome, QuestionVersion added, Optional<QuestionVersion> previous) {
	}

	/**
	 * Publishes every stored version again, so a new or emptied broker has the whole
	 * bank.
	 */
	void republishAll() {
		this.events.publishAll(Topics.QUESTION_BANK,
				this.mongo.findAll(QuestionVersion.class).stream().map(QuestionVersion::published).toList());
	}

	public Optional<QuestionVersion> find(String questionId, int version) {
		return Optional.ofNullable(
				this.mongo.findById(QuestionVersionPublished.keyOf(questionId, version), QuestionVersion.class));
	}

	/**
	 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException while a new
	 * version is stored and the one it replaces not yet superseded
	 */
	public Optional<QuestionVersion> current(String questionId) {
		return this.mongo.query(QuestionVersion.class)
			.matching(Criteria.where("questionId").is(questionId).and("current").is(true))
			.one();
	}

	/**
	 * The current version of every question a program may use: the shared bank and its
	 * own.
	 */
	public List<QuestionVersion> currentFor(String programId) {
		return this.mongo.find(Query.query(Criteria.where("current").is(true)), QuestionVersion.class)
			.stream()
			.filter((version) -> version.visibleTo(programId))
			.toList();
	}

	private void requireOwnedBy(String questionId, String programId) {
		current(questionId).filter((existing) -> !Objects.equals(existing.programId(), programId))
			.ifPresent((existing) -> {
				throw BankProblems.questionIdTaken(questionId);
			});
	}

	private static QuestionContent contentOf(BankQuestion question) {
		return new QuestionContent(question.text(), question.questionType(), question.difficulty(),
				question.roleTracks(), question.competencyWeights(), question.intent(), question.rubric().toRubric(),
				question.modelAnswer());
	}

}

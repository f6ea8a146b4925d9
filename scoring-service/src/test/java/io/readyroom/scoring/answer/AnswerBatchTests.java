package io.readyroom.scoring.answer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.contracts.Topics;
import io.readyroom.scoring.engine.ScoringEngine;
import io.readyroom.scoring.rubric.RubricVersion;
import io.readyroom.scoring.rubric.Rubrics;
import io.readyroom.scoring.rubric.ScorableQuestions;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The answer listener's contract for one batch, given the batch directly so that what is
 * in it is certain: each answer gets the score it gets alone, an answer delivered twice
 * in the batch is published and kept once, and a record that fails is named to the error
 * handler (which retries or dead-letters it) once the records before it are scored.
 */
@SpringBootTest(properties = "readyroom.events.retry-for=3s")
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class AnswerBatchTests {

	@Autowired
	private AnswerListener listener;

	@Autowired
	private ScoringEngine engine;

	@Autowired
	private Rubrics rubrics;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private JsonMapper json;

	private long offset;

	@Test
	void eachAnswerOfABatchGetsTheScoreItGetsAlone() {
		RubricVersion question = publishQuestion();
		String learner = "learner-" + UUID.randomUUID();
		List<AnswerSubmitted> answers = List.of(answer(question, learner, "I verify identity."),
				answer(question, learner, "I verify identity and document the release."),
				answer(question, learner, "I document the release within 30 days."),
				answer(question, learner, "I would just send the records."));

		this.listener.on(answers.stream().map(this::record).toList());

		try (TopicProbe scores = TopicProbe.watch(bootstrapServers(), Topics.ANSWER_SCORES)) {
			for (AnswerSubmitted answer : answers) {
				ConsumerRecord<String, String> scored = scores
					.awaitRecord((r) -> r.value().contains(answer.answerId()));
				assertThat(this.json.readTree(scored.value()).get("score").asInt())
					.isEqualTo(this.engine.score(ScorableQuestions.of(question), answer.answerText()).score());
			}
		}
	}

	@Test
	void answerDeliveredTwiceInABatchIsPublishedAndKeptOnce() {
		RubricVersion question = publishQuestion();
		String learner = "learner-" + UUID.randomUUID();
		AnswerSubmitted twice = answer(question, learner, "I verify identity and document the release.");
		AnswerSubmitted next = answer(question, learner, "I release within 30 days.");

		this.listener.on(List.of(record(twice), record(twice), record(next)));

		try (TopicProbe scores = TopicProbe.watch(bootstrapServers(), Topics.ANSWER_SCORES)) {
			// one learner's scores keep their order on one partition, so once the next
			// answer's score is there, every score of the answer before it is too
			scores.awaitRecord((r) -> r.value().contains(next.answerId()));
			assertThat(scores.seen((r) -> r.value().contains(twice.answerId()))).hasSize(1);
		}
		assertThat(count("received_answers", twice.answerId())).isOne();
		assertThat(count("answer_feedback", twice.answerId())).isOne();
	}

	@Test
	void unreadableRecordIsNamedToTheErrorHandlerOnceTheRecordsBeforeItAreScored() {
		RubricVersion question = publishQuestion();
		String learner = "learner-" + UUID.randomUUID();
		AnswerSubmitted before = answer(question, learner, "I verify identity.");
		AnswerSubmitted after = answer(question, learner, "I document the release.");
		ConsumerRecord<String, AnswerSubmitted> unreadable = unreadable(learner, "{\"answerId\": this is not json");
		List<ConsumerRecord<String, AnswerSubmitted>> batch = List.of(record(before), unreadable, record(after));

		assertThatExceptionOfType(BatchListenerFailedException.class).isThrownBy(() -> this.listener.on(batch))
			.satisfies((failed) -> assertThat(failed.getRecord()).isSameAs(unreadable))
			.withCauseInstanceOf(DeserializationException.class);

		assertThat(count("answer_feedback", before.answerId())).isOne();
		assertThat(count("received_answers", after.answerId())).isZero();
	}

	@Test
	void answerWhoseRubricIsNotKnownIsNamedToTheErrorHandlerOnceTheAnswersBeforeItAreScored() {
		RubricVersion question = publishQuestion();
		String learner = "learner-" + UUID.randomUUID();
		AnswerSubmitted before = answer(question, learner, "I verify identity.");
		AnswerSubmitted orphan = AnswerSubmitted.of(UUID.randomUUID().toString(), "s-1", learner, "demo-program",
				"cohort-a", "never-published-" + UUID.randomUUID(), 1, "An answer to nothing.");
		AnswerSubmitted after = answer(question, learner, "I document the release.");
		List<ConsumerRecord<String, AnswerSubmitted>> batch = List.of(record(before), record(orphan), record(after));

		assertThatExceptionOfType(BatchListenerFailedException.class).isThrownBy(() -> this.listener.on(batch))
			.satisfies((failed) -> assertThat(failed.getRecord()).isSameAs(batch.get(1)))
			.withMessageContaining("No rubric known for question " + orphan.questionId());

		assertThat(count("answer_feedback", before.answerId())).isOne();
		assertThat(count("received_answers", orphan.answerId())).isZero();
		assertThat(count("received_answers", after.answerId())).isZero();
	}

	@Test
	void tombstonesInABatchArePassedOverAndTheAnswersAroundThemScored() {
		RubricVersion question = publishQuestion();
		String learner = "learner-" + UUID.randomUUID();
		AnswerSubmitted before = answer(question, learner, "I verify identity.");
		AnswerSubmitted after = answer(question, learner, "I document the release.");

		this.listener.on(List.of(tombstone(learner), record(before), tombstone(learner), record(after)));

		assertThat(count("answer_feedback", before.answerId())).isOne();
		assertThat(count("answer_feedback", after.answerId())).isOne();
	}

	@Test
	void answerAfterATombstoneWhoseRubricIsNotKnownIsTheOneNamedToTheErrorHandler() {
		RubricVersion question = publishQuestion();
		String learner = "learner-" + UUID.randomUUID();
		AnswerSubmitted before = answer(question, learner, "I verify identity.");
		AnswerSubmitted orphan = AnswerSubmitted.of(UUID.randomUUID().toString(), "s-1", learner, "demo-program",
				"cohort-a", "never-published-" + UUID.randomUUID(), 1, "An answer to nothing.");
		List<ConsumerRecord<String, AnswerSubmitted>> batch = List.of(tombstone(learner), record(before),
				tombstone(learner), record(orphan));

		assertThatExceptionOfType(BatchListenerFailedException.class).isThrownBy(() -> this.listener.on(batch))
			.satisfies((failed) -> assertThat(failed.getRecord()).isSameAs(batch.get(3)));

		assertThat(count("answer_feedback", before.answerId())).isOne();
	}

	private ConsumerRecord<String, AnswerSubmitted> record(AnswerSubmitted answer) {
		return new ConsumerRecord<>(Topics.ANSWERS, 0, this.offset++, answer.learnerId(), answer);
	}

	/**
	 * A record as the error-handling deserializer hands on a tombstone: no value, no
	 * failure.
	 */
	private ConsumerRecord<String, AnswerSubmitted> tombstone(String learner) {
		return new ConsumerRecord<>(Topics.ANSWERS, 0, this.offset++, learner, null);
	}

	/** A record as the error-handling deserializer hands on one it could not read. */
	private ConsumerRecord<String, AnswerSubmitted> unreadable(String learner, String value) {
		ConsumerRecord<String, AnswerSubmitted> record = new ConsumerRecord<>(Topics.ANSWERS, 0, this.offset++, learner,
				null);
		byte[] data = value.getBytes(StandardCharsets.UTF_8);
		SerializationUtils.deserializationException(record.headers(), data,
				new IllegalArgumentException("not an AnswerSubmitted"), false);
		return record;
	}

	private long count(String collection, String answerId) {
		return this.mongo.count(Query.query(Criteria.where("_id").is(answerId)), collection);
	}

	private RubricVersion publishQuestion() {
		String questionId = "q-" + UUID.randomUUID();
		Rubric rubric = new Rubric(RubricStructure.FREE,
				List.of(new RubricCriterion("verify-identity", "Verifies identity", 2.0, List.of("verify identity"),
						List.of("I verify identity.")),
						new RubricCriterion("document", "Documents the release", 1.0, List.of("document the release"),
								List.of("I document the release.")),
						new RubricCriterion("timeframe", "Meets the deadline", 1.0, List.of("30 days"),
								List.of("Within 30 days."))),
				List.of());
		QuestionVersionPublished question = QuestionVersionPublished.of(new QuestionVersionPublished.Content(questionId,
				1, null, "A patient asks for their records. What do you do?", QuestionType.SITUATIONAL,
				Difficulty.BEGINNER, List.of("health-information-technician"),
				List.of(new CompetencyWeight("release-of-information", 1.0)), "ROI workflow", rubric,
				"I verify identity, release within 30 days and document the release."));
		TopicProbe.send(bootstrapServers(), Topics.QUESTION_BANK, question.partitionKey(),
				this.json.writeValueAsString(question));
		await().until(() -> this.rubrics.find(questionId, 1).isPresent());
		return this.rubrics.find(questionId, 1).orElseThrow();
	}

	private static AnswerSubmitted answer(RubricVersion question, String learnerId, String text) {
		return AnswerSubmitted.of(UUID.randomUUID().toString(), "s-1", learnerId, "demo-program", "cohort-a",
				question.questionId(), 1, text);
	}

	private String bootstrapServers() {
		return String.join(",", this.kafka.getBootstrapServers());
	}

}

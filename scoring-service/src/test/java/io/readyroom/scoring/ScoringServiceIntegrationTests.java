package io.readyroom.scoring;

import java.util.List;
import java.util.UUID;

import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.Topics;
import io.readyroom.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scoring service against a real broker and store; subclasses choose embedded or
 * container infrastructure, the scenarios are the same.
 */
@SpringBootTest(properties = "readyroom.events.retry-for=3s")
abstract class ScoringServiceIntegrationTests {

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private JsonMapper json;

	@Autowired
	private MeterRegistry meters;

	@Test
	void scoresAnAnswerUnderItsRubricVersionAndPublishesTheExplainedScore() {
		String questionId = publishQuestion();
		AnswerSubmitted answer = answer(questionId, "learner-" + UUID.randomUUID(),
				"I would verify the patient's identity and document the release in the log.");
		send(Topics.ANSWERS, answer.learnerId(), this.json.writeValueAsString(answer));

		try (TopicProbe scores = TopicProbe.watch(bootstrapServers(), Topics.ANSWER_SCORES)) {
			ConsumerRecord<String, String> scored = scores.awaitRecord((r) -> r.value().contains(answer.answerId()));

			assertThat(scored.key()).isEqualTo(answer.learnerId());
			assertThat(scored.value()).contains("\"type\":\"AnswerScored\"", "\"score\":75",
					"\"verdict\":\"MET\",\"evidence\":\"verify the patient's identity\"",
					"\"scorerVersion\":\"key-phrase-coverage/1\"");
		}
		// the record counts as consumed once the listener has returned, just after it
		// published
		await().untilAsserted(() -> assertThat(
				this.meters.get("readyroom.events.consumed").tag("topic", Topics.ANSWERS).counter().count())
			.isPositive());
		assertThat(this.meters.get("readyroom.events.produced")
			.tags("topic", Topics.ANSWER_SCORES, "outcome", "acknowledged")
			.counter()
			.count()).isPositive();
	}

	@Test
	void malformedAnswerGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
		String questionId = publishQuestion();
		String learner = "learner-" + UUID.randomUUID();
		AnswerSubmitted after = answer(questionId, learner, "I verify identity.");
		double deadLetteredBefore = deadLettered(Topics.ANSWERS);

		send(Topics.ANSWERS, learner, "{\"answerId\": \"broken\", this is not json");
		send(Topics.ANSWERS, learner, this.json.writeValueAsString(after));

		try (TopicProbe deadLetters = TopicProbe.watch(bootstrapServers(), Topics.deadLetterOf(Topics.ANSWERS));
				TopicProbe scores = TopicProbe.watch(bootstrapServers(), Topics.ANSWER_SCORES)) {
			ConsumerRecord<String, String> dead = deadLetters.awaitRecord((r) -> learner.equals(r.key()));
			assertThat(dead.value()).isEqualTo("{\"answerId\": \"broken\", this is not json");
			assertThat(dead.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
			scores.awaitRecord((r) -> r.value().contains(after.answerId()));
		}
		assertThat(deadLettered(Topics.ANSWERS)).isEqualTo(deadLetteredBefore + 1);
	}

	@Test
	void answerToAQuestionThatNeverArrivesIsDeadLetteredWithTheReason() {
		AnswerSubmitted orphan = answer("never-published-" + UUID.randomUUID(), "learner-" + UUID.randomUUID(),
				"An answer to nothing.");

		send(Topics.ANSWERS, orphan.learnerId(), this.json.writeValueAsString(orphan));

		try (TopicProbe deadLetters = TopicProbe.watch(bootstrapServers(), Topics.deadLetterOf(Topics.ANSWERS))) {
			ConsumerRecord<String, String> dead = deadLetters.awaitRecord((r) -> r.value().contains(orphan.answerId()));
			assertThat(new String(dead.headers().lastHeader("kafka_dlt-exception-message").value()))
				.contains("No rubric known for question " + orphan.questionId());
		}
	}

	private String publishQuestion() {
		Rubric rubric = new Rubric(RubricStructure.FREE,
				List.of(new RubricCriterion("verify-identity", "Verifies identity", 2.0, List.of("verify identity"),
						List.of("I verify identity.")),
						new RubricCriterion("document", "Documents the release", 1.0, List.of("document the release"),
								List.of("I document the release.")),
						new RubricCriterion("timeframe", "Meets the deadline", 1.0, List.of("30 days"),
								List.of("Within 30 days."))),
				List.of());
		QuestionVersionPublished question = QuestionVersionPublished.of(new QuestionVersionPublished.Content(
				"q-" + UUID.randomUUID(), 1, null, "A patient asks for their records. What do you do?",
				QuestionType.SITUATIONAL, Difficulty.BEGINNER, List.of("health-information-technician"),
				List.of(new CompetencyWeight("release-of-information", 1.0)), "ROI workflow", rubric,
				"I verify identity, release within 30 days and document the release."));
		send(Topics.QUESTION_BANK, question.partitionKey(), this.json.writeValueAsString(question));
		return question.questionId();
	}

	private static AnswerSubmitted answer(String questionId, String learnerId, String text) {
		return AnswerSubmitted.of(UUID.randomUUID().toString(), "s-1", learnerId, null, "cohort-a", questionId, 1,
				text);
	}

	private double deadLettered(String topic) {
		return this.meters.find("readyroom.events.dead.lettered")
			.tag("topic", topic)
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

	private void send(String topic, String key, String value) {
		TopicProbe.send(bootstrapServers(), topic, key, value);
	}

	private String bootstrapServers() {
		return String.join(",", this.kafka.getBootstrapServers());
	}

}

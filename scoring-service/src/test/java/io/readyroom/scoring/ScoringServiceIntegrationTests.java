package io.readyroom.scoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.RedFlag;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.Topics;
import io.readyroom.scoring.feedback.AnswerFeedback;
import io.readyroom.scoring.rubric.Rubrics;
import io.readyroom.support.kafka.EventStreamProperties;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import io.readyroom.testsupport.TraceParent;
import io.micrometer.core.instrument.MeterRegistry;
import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.assertj.core.api.InstanceOfAssertFactories;
import io.readyroom.scoring.engine.ScoringEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scoring service against a real broker and store; subclasses choose embedded or
 * container infrastructure, the scenarios are the same.
 */
@SpringBootTest(properties = "readyroom.events.retry-for=3s")
@AutoConfigureMockMvc
@AutoConfigureTracing
abstract class ScoringServiceIntegrationTests {

	private static final Caller COACH = TestCallers.coach("carla", "demo-program", "cohort-a");

	private static final Caller ADMIN = TestCallers.admin("admin");

	private static final Caller DIRECTOR = TestCallers.director("dana", "demo-program");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private JsonMapper json;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private Rubrics rubrics;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Autowired
	private EventStreamProperties events;

	@Test
	void scoresAnAnswerUnderItsRubricVersionAndPublishesTheExplainedScore() {
		String questionId = publishQuestion();
		AnswerSubmitted answer = answer(questionId, "learner-" + UUID.randomUUID(),
				"I would verify the patient's identity and document the release in the log.");
		send(Topics.ANSWERS, answer.learnerId(), this.json.writeValueAsString(answer));

		try (TopicProbe scores = TopicProbe.watch(bootstrapServers(), Topics.ANSWER_SCORES)) {
			ConsumerRecord<String, String> scored = scores.awaitRecord((r) -> r.value().contains(answer.answerId()));

			assertThat(scored.key()).isEqualTo(answer.learnerId());
			JsonNode event = this.json.readTree(scored.value());
			assertThat(event.get("type").asString()).isEqualTo("AnswerScored");
			assertThat(event.get("questionVersion").asInt()).isEqualTo(1);
			assertThat(event.get("score").asInt()).isBetween(1, 100);
			assertThat(event.get("scorerVersion").asString()).isEqualTo(ScoringEngine.SCORER_VERSION);
			JsonNode verifyIdentity = event.get("criteria").get(0);
			assertThat(verifyIdentity.get("verdict").asString()).isEqualTo("MET");
			assertThat(answer.answerText()
				.substring(verifyIdentity.get("evidenceStart").asInt(), verifyIdentity.get("evidenceEnd").asInt()))
				.contains("identity");
			assertThat(verifyIdentity.get("evidence").asString()).as("the words stay in scoring").isEmpty();
			assertThat(event.get("explanation").get("hints")).isNotEmpty();
		}
		Caller learner = TestCallers.learner(answer.learnerId(), "demo-program", "cohort-a");
		assertThat(this.mvc.get()
			.uri("/api/scoring/answers/{answerId}", answer.answerId())
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(learner))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.answerText", (text) -> assertThat(text).isEqualTo(answer.answerText()))
			.hasPathSatisfying("$.criteria[0].evidence",
					(evidence) -> assertThat(evidence).asString().isNotEmpty().isSubstringOf(answer.answerText()))
			.hasPathSatisfying("$.criteria[0].description",
					(description) -> assertThat(description).isEqualTo("Verifies identity"))
			.hasPathSatisfying("$.criteria[0].verdict", (verdict) -> assertThat(verdict).isEqualTo("MET"));
		// the record counts as consumed once the listener has returned, just after it
		// published
		await().untilAsserted(() -> assertThat(
				this.meters.get("readyroom.events.consumed").tag("topic", Topics.ANSWERS).counter().count())
			.isPositive());
		assertThat(this.meters.get("readyroom.events.produced")
			.tags("topic", Topics.ANSWER_SCORES, "outcome", "acknowledged")
			.counter()
			.count()).isPositive();
		assertThat(this.meters.get("readyroom.answers").tag("stage", "scored").counter().count()).isPositive();
		assertThat(this.meters.get("readyroom.answer.latency").tag("stage", "scored").timer().count()).isPositive();
	}

	@Test
	void publishedScoreCarriesNoWordsOfTheAnswerWhileItsFeedbackShowsThem() {
		String questionId = publishVersion("q-" + UUID.randomUUID(), 1, List.of(new RedFlag("email-records",
				"Sends records without verifying who asks", List.of("email the records"))));
		AnswerSubmitted answer = answer(questionId, "learner-" + UUID.randomUUID(),
				"I verify the patient's identity under HIPAA, document the release within 30 days, "
						+ "and otherwise I email the records to whoever asks.");
		send(Topics.ANSWERS, answer.learnerId(), this.json.writeValueAsString(answer));

		try (TopicProbe scores = TopicProbe.watch(bootstrapServers(), Topics.ANSWER_SCORES)) {
			String published = scores.awaitRecord((r) -> r.value().contains(answer.answerId())).value();
			await().until(() -> this.mongo.exists(Query.query(Criteria.where("_id").is(answer.answerId())),
					"answer_feedback"));
			AnswerFeedback feedback = this.mongo.findById(answer.answerId(), AnswerFeedback.class);
			List<String> quoted = new ArrayList<>();
			feedback.criteria().forEach((point) -> quoted.add(point.evidence()));
			feedback.explanation().redFlags().forEach((flag) -> quoted.add(flag.evidence()));
			feedback.explanation().structure().forEach((check) -> quoted.add(check.evidence()));
			quoted.addAll(feedback.explanation().specifics());
			quoted.removeIf((words) -> words == null || words.isEmpty());
			assertThat(feedback.explanation().redFlags()).as("the answer raised the red flag").isNotEmpty();
			assertThat(quoted).as("the feedback quotes the answer").isNotEmpty();

			for (String words : quoted) {
				assertThat(published).doesNotContain(words);
			}
			JsonNode event = this.json.readTree(published);
			assertThat(event.get("criteria").valueStream().map((criterion) -> criterion.get("verdict").asString()))
				.containsExactlyElementsOf(
						feedback.criteria().stream().map((point) -> point.verdict().name()).toList());
			assertThat(event.get("score").asInt()).isEqualTo(feedback.score());
			assertThat(event.get("explanation").get("redFlags").get(0).get("redFlagId").asString())
				.isEqualTo("email-records");
		}
		assertThat(this.mvc.get()
			.uri("/api/scoring/answers/{answerId}", answer.answerId())
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(ADMIN))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.explanation.redFlags[0].evidence",
					(evidence) -> assertThat(evidence).asString().isNotEmpty().isSubstringOf(answer.answerText()));
	}

	@Test
	void aTombstoneOfAnErasedAnswerIsPassedOverWithoutDeadLettering() {
		String questionId = publishQuestion();
		String learner = "learner-" + UUID.randomUUID();
		AnswerSubmitted after = answer(questionId, learner, "I verify identity.");
		double deadLetteredBefore = deadLettered(Topics.ANSWERS);

		send(Topics.ANSWERS, learner, null);
		send(Topics.ANSWERS, learner, this.json.writeValueAsString(after));

		try (TopicProbe scores = TopicProbe.watch(bootstrapServers(), Topics.ANSWER_SCORES);
				TopicProbe deadLetters = TopicProbe.watch(bootstrapServers(), Topics.deadLetterOf(Topics.ANSWERS))) {
			// one learner's records share a partition: once the answer after the
			// tombstone is scored, the tombstone was consumed
			scores.awaitRecord((r) -> r.value().contains(after.answerId()));
			assertThat(deadLetters.seen((r) -> learner.equals(r.key()))).isEmpty();
		}
		assertThat(deadLettered(Topics.ANSWERS)).isEqualTo(deadLetteredBefore);
	}

	@Test
	void eachScoreIsPublishedInTheTraceOfItsAnswer() {
		String questionId = publishQuestion();
		String learnerId = "learner-" + UUID.randomUUID();
		// one learner's answers share a partition; sent at once, they usually come in one
		// batch
		List<AnswerSubmitted> answers = List.of(answer(questionId, learnerId, "I would verify the patient's identity."),
				answer(questionId, learnerId, "I document the release."),
				answer(questionId, learnerId, "Within 30 days."));
		Map<String, TraceParent> submitters = new HashMap<>();
		answers.forEach((answer) -> submitters.put(answer.answerId(), TraceParent.random()));

		TopicProbe.sendAll(bootstrapServers(),
				answers.stream()
					.map((answer) -> TopicProbe.traced(Topics.ANSWERS, learnerId, this.json.writeValueAsString(answer),
							submitters.get(answer.answerId())))
					.toList());

		try (TopicProbe scores = TopicProbe.watch(bootstrapServers(), Topics.ANSWER_SCORES)) {
			for (AnswerSubmitted answer : answers) {
				TraceParent scored = TraceParent.of(scores.awaitRecord((r) -> r.value().contains(answer.answerId())));
				assertThat(scored).isNotNull();
				assertThat(scored.traceId()).isEqualTo(submitters.get(answer.answerId()).traceId());
				assertThat(scored.spanId()).isNotEqualTo(submitters.get(answer.answerId()).spanId());
			}
		}
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
	void unreadableAnswerAmongOthersIsDeadLetteredOnceAndTheOthersAreScored() {
		String questionId = publishQuestion();
		String learner = "learner-" + UUID.randomUUID();
		List<AnswerSubmitted> before = List.of(answer(questionId, learner, "I verify identity."),
				answer(questionId, learner, "I document the release."));
		List<AnswerSubmitted> after = List.of(answer(questionId, learner, "I release within 30 days."),
				answer(questionId, learner, "I verify identity and document the release."));
		double deadLetteredBefore = deadLettered(Topics.ANSWERS);

		before.forEach((answer) -> send(Topics.ANSWERS, learner, this.json.writeValueAsString(answer)));
		send(Topics.ANSWERS, learner, "{\"answerId\": \"broken\", this is not json");
		after.forEach((answer) -> send(Topics.ANSWERS, learner, this.json.writeValueAsString(answer)));

		try (TopicProbe deadLetters = TopicProbe.watch(bootstrapServers(), Topics.deadLetterOf(Topics.ANSWERS));
				TopicProbe scores = TopicProbe.watch(bootstrapServers(), Topics.ANSWER_SCORES)) {
			ConsumerRecord<String, String> dead = deadLetters.awaitRecord((r) -> learner.equals(r.key()));
			assertThat(dead.value()).isEqualTo("{\"answerId\": \"broken\", this is not json");
			for (AnswerSubmitted answer : List.of(before.get(0), before.get(1), after.get(0), after.get(1))) {
				scores.awaitRecord((r) -> r.value().contains(answer.answerId()));
			}
			assertThat(deadLetters.seen((r) -> learner.equals(r.key()))).hasSize(1);
		}
		assertThat(deadLettered(Topics.ANSWERS)).isEqualTo(deadLetteredBefore + 1);
	}

	@Test
	void runsOneAnswerConsumerPerPartitionByDefault() {
		assertThat(this.listeners.getListenerContainer("answers")).isInstanceOfSatisfying(
				ConcurrentMessageListenerContainer.class,
				(container) -> assertThat(container.getConcurrency()).isEqualTo(this.events.partitions()));
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

	@Test
	void aNewRubricVersionRescoresTheStoredAnswersAndTheNewScoresSupersedeTheOld() {
		String questionId = publishQuestion();
		AnswerSubmitted answer = answer(questionId, "learner-" + UUID.randomUUID(),
				"I would verify the patient's identity and release the records within 30 days.");
		send(Topics.ANSWERS, answer.learnerId(), this.json.writeValueAsString(answer));
		try (TopicProbe scores = TopicProbe.watch(bootstrapServers(), Topics.ANSWER_SCORES)) {
			scores.awaitRecord((r) -> r.value().contains(answer.answerId()));
			publishVersion(questionId, 2);
			await().untilAsserted(() -> assertThat(rescore(questionId)).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.version", (version) -> assertThat(version).isEqualTo(2))
				.hasPathSatisfying("$.rescored", (count) -> assertThat(count).isEqualTo(1)));

			ConsumerRecord<String, String> rescored = scores.awaitRecord(
					(r) -> r.value().contains(answer.answerId()) && r.value().contains("\"questionVersion\":2"));
			assertThat(rescored.key()).isEqualTo(answer.learnerId());
		}
		assertThat(this.mvc.get()
			.uri("/api/scoring/answers/{answerId}", answer.answerId())
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(ADMIN))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.questionVersion", (version) -> assertThat(version).isEqualTo(2))
			.hasPathSatisfying("$.criteria.length()", (count) -> assertThat(count).isEqualTo(4));
	}

	@Test
	void reviewedAnswersCalibrateTheQuestionAndItsUnreviewedAnswersAreRescoredWithThem() {
		String questionId = publishQuestion();
		String learnerId = "learner-" + UUID.randomUUID();
		AnswerSubmitted early = answer(questionId, learnerId, "I would check who is asking before anything else.");
		try (TopicProbe scores = TopicProbe.watch(bootstrapServers(), Topics.ANSWER_SCORES)) {
			scoreAll(scores, List.of(early));
			List<AnswerSubmitted> graded = List.of(
					answer(questionId, learnerId,
							"I verify the patient's identity, release within 30 days and document the release."),
					answer(questionId, learnerId, "I would just email the records to whoever asks."),
					answer(questionId, learnerId, "I verify identity with two identifiers and log the release."),
					answer(questionId, learnerId, "I send the records once I have time."),
					answer(questionId, learnerId, "I check the photo ID, meet the 30 day deadline and document it."));
			scoreAll(scores, graded);
			int[] grades = { 95, 5, 80, 25, 90 };
			for (int i = 0; i < graded.size(); i++) {
				assertThat(review(graded.get(i).answerId(), grades[i])).hasStatusOk();
			}
			assertThat(calibration(questionId, "gradedExamples")).containsExactly(5);
			assertThat(calibration(questionId, "unreviewed")).containsExactly(1);
			assertThat(calibration(questionId, "rescoreDue")).containsExactly(true);

			assertThat(this.mvc.post()
				.uri("/api/scoring/questions/{questionId}/rescore-unreviewed", questionId)
				.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(DIRECTOR))).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.rescored", (count) -> assertThat(count).isEqualTo(1));

			ConsumerRecord<String, String> rescored = scores
				.awaitRecord((r) -> r.value().contains(early.answerId()) && r.value().contains("\"nearest\""));
			JsonNode leanedOn = this.json.readTree(rescored.value()).get("explanation").get("gradedExamples");
			assertThat(leanedOn.get("examples").asInt()).isEqualTo(5);
			assertThat(leanedOn.get("nearest").valueStream().map((example) -> example.get("answerId").asString()))
				.isNotEmpty()
				.isSubsetOf(graded.stream().map(AnswerSubmitted::answerId).toList());
			assertThat(leanedOn.get("nearest").valueStream().map((example) -> example.get("answer")))
				.as("other learners' words stay out of Kafka")
				.allMatch(JsonNode::isNull);
			List<String> gradedIds = graded.stream().map(AnswerSubmitted::answerId).toList();
			assertThat(scores.seen((r) -> gradedIds.contains(this.json.readTree(r.value()).get("answerId").asString())))
				.as("reviewed answers are not re-scored")
				.hasSize(graded.size());
		}
		assertThat(calibration(questionId, "rescoreDue")).containsExactly(false);
		assertThat(this.mvc.get()
			.uri("/api/scoring/answers/{answerId}", early.answerId())
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.explanation.gradedExamples.nearest[*].answer",
					(texts) -> assertThat(texts).asList().doesNotContainNull().isNotEmpty());
		Caller learner = TestCallers.learner(learnerId, "demo-program", "cohort-a");
		assertThat(this.mvc.get()
			.uri("/api/scoring/answers/{answerId}", early.answerId())
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(learner))).hasStatusOk()
			.bodyJson()
			.as("a learner sees the grades the score leaned on, not the other learners' words")
			.hasPathSatisfying("$.explanation.gradedExamples.nearest[*].answer",
					(texts) -> assertThat(texts).asList().containsOnlyNulls())
			.hasPathSatisfying("$.explanation.gradedExamples.nearest[*].score",
					(grades) -> assertThat(grades).asList().isNotEmpty());
	}

	@Test
	void previewScoresAnInlineQuestionFromItsModelAnswerAndStoresNothing() {
		long stored = this.mongo.getCollection("received_answers").countDocuments();

		assertThat(this.mvc.post()
			.uri("/api/scoring/preview")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"answer": "I would verify identity with two identifiers before releasing anything.",
							 "question": "How do you handle a phone request for records?",
							 "modelAnswer": "Verify the caller's identity with two identifiers. Check the authorization. Document the release."}
							"""))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.criteria.length()", (count) -> assertThat(count).isEqualTo(3))
			.hasPathSatisfying("$.score",
					(score) -> assertThat(score).asInstanceOf(InstanceOfAssertFactories.INTEGER).isBetween(1, 99));
		assertThat(this.mongo.getCollection("received_answers").countDocuments()).isEqualTo(stored);
	}

	@Test
	void previewWithGradedExamplesLeansOnTheNearestAndSaysWhich() {
		assertThat(this.mvc.post()
			.uri("/api/scoring/preview")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"answer": "I check two identifiers before I release anything.",
					 "question": "How do you handle a phone request for records?",
					 "modelAnswer": "Verify the caller's identity with two identifiers. Check the authorization.",
					 "gradedExamples": [
					   {"answer": "I check two identifiers, then the signed authorization.", "score": 90},
					   {"answer": "I confirm who is calling with two identifiers first.", "score": 80},
					   {"answer": "I just send the records to whoever asks.", "score": 5},
					   {"answer": "I ask my supervisor what to do.", "score": 20},
					   {"answer": "Records go out once the caller gives name and birth date.", "score": 60}]}
					""")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.gradedExamples.examples", (count) -> assertThat(count).isEqualTo(5))
			.hasPathSatisfying("$.gradedExamples.nearest.length()", (count) -> assertThat(count).isEqualTo(3))
			.hasPathSatisfying("$.gradedExamples.nearest[0].score",
					(score) -> assertThat(score).asInstanceOf(InstanceOfAssertFactories.INTEGER).isGreaterThan(50));
	}

	@Test
	void previewRefusesAGradedExampleOutsideZeroToAHundred() {
		assertThat(this.mvc.post()
			.uri("/api/scoring/preview")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"answer": "I check two identifiers.", "question": "Q?", "modelAnswer": "Check identity.",
					 "gradedExamples": [{"answer": "I check identity.", "score": 140}]}
					""")).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void previewNeedsAQuestionToScoreAgainst() {
		assertThat(this.mvc.post()
			.uri("/api/scoring/preview")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\": \"Something.\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.post()
			.uri("/api/scoring/preview")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\": \"Something.\", \"questionId\": \"no-such-question\"}"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private void scoreAll(TopicProbe scores, List<AnswerSubmitted> answers) {
		answers.forEach((answer) -> send(Topics.ANSWERS, answer.learnerId(), this.json.writeValueAsString(answer)));
		answers.forEach((answer) -> scores.awaitRecord((r) -> r.value().contains(answer.answerId())));
		await().until(() -> answers.stream()
			.allMatch((answer) -> this.mongo.exists(Query.query(Criteria.where("_id").is(answer.answerId())),
					"answer_feedback")));
	}

	private MvcTestResult review(String answerId, int score) {
		return this.mvc.post()
			.uri("/api/scoring/answers/{answerId}/review", answerId)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"score\": " + score + "}")
			.exchange();
	}

	/** One field of the question's calibration, as the program's director reads it. */
	private List<Object> calibration(String questionId, String field) {
		MvcTestResult all = this.mvc.get()
			.uri("/api/scoring/calibration")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(DIRECTOR))
			.exchange();
		assertThat(all).hasStatusOk();
		return JsonPath.read(new String(all.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
				"$[?(@.questionId == '" + questionId + "')]." + field);
	}

	private MvcTestResult rescore(String questionId) {
		return this.mvc.post()
			.uri("/api/scoring/rescore")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"questionId\": \"" + questionId + "\"}")
			.exchange();
	}

	private String publishQuestion() {
		return publishVersion("q-" + UUID.randomUUID(), 1);
	}

	/** Version 2 adds a key point, as a rubric author refining the question would. */
	private static Rubric rubric(int version) {
		List<RubricCriterion> criteria = new java.util.ArrayList<>(List.of(
				new RubricCriterion("verify-identity", "Verifies identity", 2.0, List.of("verify identity"),
						List.of("I verify identity.")),
				new RubricCriterion("document", "Documents the release", 1.0, List.of("document the release"),
						List.of("I document the release.")),
				new RubricCriterion("timeframe", "Meets the deadline", 1.0, List.of("30 days"),
						List.of("Within 30 days."))));
		if (version > 1) {
			criteria.add(new RubricCriterion("authorization", "Checks the authorization", 1.0,
					List.of("check the authorization", "signed request"), List.of("I check the signed request.")));
		}
		return new Rubric(RubricStructure.FREE, criteria, List.of());
	}

	private String publishVersion(String questionId, int version) {
		return publishVersion(questionId, version, List.of());
	}

	private String publishVersion(String questionId, int version, List<RedFlag> redFlags) {
		Rubric rubric = new Rubric(RubricStructure.FREE, rubric(version).criteria(), redFlags);
		QuestionVersionPublished question = QuestionVersionPublished.of(new QuestionVersionPublished.Content(questionId,
				version, null, "A patient asks for their records. What do you do?", QuestionType.SITUATIONAL,
				Difficulty.BEGINNER, List.of("health-information-technician"),
				List.of(new CompetencyWeight("release-of-information", 1.0)), "ROI workflow", rubric,
				"I verify identity, release within 30 days and document the release."));
		send(Topics.QUESTION_BANK, question.partitionKey(), this.json.writeValueAsString(question));
		// the bank and the answers are separate topics; a real learner is asked a
		// question only
		// after it was published, so wait until the service knows it before answering
		await().until(() -> this.rubrics.find(questionId, version).isPresent());
		return question.questionId();
	}

	private static AnswerSubmitted answer(String questionId, String learnerId, String text) {
		return AnswerSubmitted.of(UUID.randomUUID().toString(), "s-1", learnerId, "demo-program", "cohort-a",
				questionId, 1, text);
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

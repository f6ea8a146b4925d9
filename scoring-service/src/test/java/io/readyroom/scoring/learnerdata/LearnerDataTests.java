package io.readyroom.scoring.learnerdata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.AnswerTextExpired;
import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.EnrolmentChanged;
import io.readyroom.contracts.LearnerErasureRequested;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.ReadyroomEvent;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.contracts.ScoreExplanation.CitedExample;
import io.readyroom.contracts.Topics;
import io.readyroom.scoring.feedback.AnswerFeedback;
import io.readyroom.scoring.feedback.AnswerFeedback.KeyPointFeedback;
import io.readyroom.scoring.review.AnswerReview;
import io.readyroom.scoring.rubric.Rubrics;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a program decides about its learners' data, as scoring carries it out: an erased
 * learner leaves nothing behind, not even in other learners' feedback, and expired answer
 * text leaves its scores behind but none of its words.
 */
@SpringBootTest(properties = "readyroom.events.retry-for=3s")
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class LearnerDataTests {

	private static final String[] COLLECTIONS = { "received_answers", "answer_feedback", "answer_reviews" };

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private JsonMapper json;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private Rubrics rubrics;

	/**
	 * Each test its own program, so one test's erasure or expiry never meets another's
	 * data.
	 */
	private final String program = "program-" + UUID.randomUUID();

	private final Caller coach = TestCallers.coach("carla", this.program, "cohort-a");

	private final Caller director = TestCallers.director("dana", this.program);

	private final String lena = "lena-" + UUID.randomUUID();

	private final String leo = "leo-" + UUID.randomUUID();

	@Test
	void erasingALearnerRemovesEveryRecordOfTheirsAndNoOtherLearnersAndSaysSo() {
		String questionId = publishQuestion();
		AnswerSubmitted lenaFirst = answer(questionId, this.lena, "I verify the patient's identity.");
		AnswerSubmitted lenaSecond = answer(questionId, this.lena, "I document the release within 30 days.");
		AnswerSubmitted leoFirst = answer(questionId, this.leo, "I verify identity and document the release.");
		scoreAll(List.of(lenaFirst, lenaSecond, leoFirst));
		assertThat(review(lenaFirst.answerId(), 70)).hasStatusOk();
		assertThat(review(leoFirst.answerId(), 80)).hasStatusOk();
		enrol(this.lena);
		enrol(this.leo);

		String erasureId = "erasure-" + UUID.randomUUID();
		try (TopicProbe learnerData = watch(Topics.LEARNER_DATA)) {
			send(Topics.LEARNER_DATA,
					LearnerErasureRequested.of(erasureId, this.program, "cohort-a", this.lena, "dana"));

			JsonNode completed = completion(learnerData, erasureId, 1);
			assertThat(completed.get("programId").asString()).isEqualTo(this.program);
			assertThat(completed.get("recordsRemoved").asLong()).as("2 answers, 2 feedback, 1 review, 1 enrolment")
				.isEqualTo(6);
			assertLeftNothingOf(this.lena, lenaFirst, lenaSecond);
			assertKept(leoFirst);
			assertThat(this.mongo.exists(enrolmentOf(this.leo), "membership_learners")).isTrue();

			send(Topics.LEARNER_DATA,
					LearnerErasureRequested.of(erasureId, this.program, "cohort-a", this.lena, "dana"));

			assertThat(completion(learnerData, erasureId, 2).get("recordsRemoved").asLong())
				.as("the same erasure again removes nothing more")
				.isZero();
		}
		assertKept(leoFirst);
	}

	/**
	 * Leo's answer goes to Lena's partition after hers, so once it is scored hers has
	 * been handled.
	 */
	@Test
	void anAnswerOfAnErasedLearnerStillOnItsWayIsNotStored() {
		String questionId = publishQuestion();
		String erasureId = "erasure-" + UUID.randomUUID();
		try (TopicProbe learnerData = watch(Topics.LEARNER_DATA)) {
			send(Topics.LEARNER_DATA,
					LearnerErasureRequested.of(erasureId, this.program, "cohort-a", this.lena, "dana"));
			completion(learnerData, erasureId, 1);
		}
		AnswerSubmitted late = answer(questionId, this.lena, "Lena's answer, sent before she was erased.");
		AnswerSubmitted leos = answer(questionId, this.leo, "Leo's answer after hers.");

		TopicProbe.send(bootstrapServers(), Topics.ANSWERS, this.lena, this.json.writeValueAsString(late));
		TopicProbe.send(bootstrapServers(), Topics.ANSWERS, this.lena, this.json.writeValueAsString(leos));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.exists(Query.query(Criteria.where("_id").is(leos.answerId())), "answer_feedback"));
		assertLeftNothingOf(this.lena, late);
		assertThat(this.mongo.exists(Query.query(Criteria.where("_id").is(leos.answerId())), "received_answers"))
			.isTrue();
	}

	@Test
	void anErasedLearnersReviewedAnswersGradeNoOneAnyMore() {
		String questionId = publishQuestion();
		AnswerSubmitted early = answer(questionId, this.leo, "I would check who is asking before anything else.");
		List<AnswerSubmitted> graded = List.of(
				answer(questionId, this.lena,
						"I verify the patient's identity, release within 30 days and document the release."),
				answer(questionId, this.lena, "I would just email the records to whoever asks."),
				answer(questionId, this.lena, "I verify identity with two identifiers and log the release."),
				answer(questionId, this.lena, "I send the records once I have time."),
				answer(questionId, this.lena, "I check the photo ID, meet the 30 day deadline and document it."));
		scoreAll(List.of(early));
		scoreAll(graded);
		int[] grades = { 95, 5, 80, 25, 90 };
		for (int i = 0; i < graded.size(); i++) {
			assertThat(review(graded.get(i).answerId(), grades[i])).hasStatusOk();
		}
		assertThat(rescoreUnreviewed(questionId)).hasStatusOk();
		List<String> lenasAnswers = graded.stream().map(AnswerSubmitted::answerId).toList();
		await().until(() -> cited(early).stream().map(CitedExample::answerId).anyMatch(lenasAnswers::contains));

		String erasureId = "erasure-" + UUID.randomUUID();
		try (TopicProbe learnerData = watch(Topics.LEARNER_DATA)) {
			send(Topics.LEARNER_DATA,
					LearnerErasureRequested.of(erasureId, this.program, "cohort-a", this.lena, "dana"));
			assertThat(completion(learnerData, erasureId, 1).get("recordsRemoved").asLong())
				.as("5 answers, their feedback and reviews, and the one feedback that cited them")
				.isEqualTo(16);
		}

		assertThat(cited(early)).as("leo's feedback keeps the grades it leaned on, not lena's answers")
			.isNotEmpty()
			.allSatisfy((example) -> {
				assertThat(example.answerId()).isNull();
				assertThat(example.answer()).isNull();
			});
		assertThat(calibration(questionId, "gradedExamples")).containsExactly(0);
		assertThat(rescoreUnreviewed(questionId)).hasStatusOk();
		await().untilAsserted(
				() -> assertThat(feedback(early).gradedExamplesLeanedOn()).as("re-scored by the rubric alone")
					.isZero());
	}

	@Test
	void expiredAnswerTextLeavesItsScoresButNoneOfItsWords() {
		String questionId = publishQuestion();
		Instant now = Instant.now();
		AnswerSubmitted old = submittedAt(now.minus(Duration.ofDays(2)), answer(questionId, this.lena,
				"I verify the patient's identity, document the release and release within 30 days under HIPAA."));
		AnswerSubmitted recent = answer(questionId, this.lena, "I verify the patient's identity.");
		scoreAll(List.of(old, recent));
		assertThat(review(old.answerId(), 90)).hasStatusOk();
		AnswerFeedback before = feedback(old);
		assertThat(before.criteria()).extracting(KeyPointFeedback::evidence)
			.anyMatch((evidence) -> !evidence.isEmpty());
		assertThat(calibration(questionId, "gradedExamples")).containsExactly(1);

		send(Topics.LEARNER_DATA, AnswerTextExpired.of(this.program, now.minus(Duration.ofDays(1))));

		await().until(() -> this.mongo.exists(
				Query.query(Criteria.where("_id").is(old.answerId()).and("answerTextRemoved").is(true)),
				"received_answers"));
		AnswerFeedback after = feedback(old);
		assertThat(after.answerTextRemoved()).isTrue();
		assertThat(after.answerText()).isNull();
		assertThat(after.score()).isEqualTo(before.score());
		assertThat(after.criteria()).extracting(KeyPointFeedback::verdict)
			.containsExactlyElementsOf(before.criteria().stream().map(KeyPointFeedback::verdict).toList());
		assertThat(after.criteria()).extracting(KeyPointFeedback::evidence).containsOnly("");
		assertThat(after.explanation().specifics()).isEmpty();
		assertThat(after.explanation().strengths()).noneMatch((strength) -> strength.contains("\""));
		assertThat(after.explanation().hints()).noneMatch((hint) -> hint.contains("\""));
		assertThat(after.explanation().capReasons()).noneMatch((reason) -> reason.contains("\""));
		Document received = this.mongo.findById(old.answerId(), Document.class, "received_answers");
		assertThat(received.get("event", Document.class)).doesNotContainKey("answerText")
			.containsEntry("answerId", old.answerId());
		AnswerReview review = this.mongo.findById(old.answerId(), AnswerReview.class);
		assertThat(review.answerText()).isNull();
		assertThat(review.score()).isEqualTo(90);
		assertThat(calibration(questionId, "gradedExamples")).as("an answer without text grades no other")
			.containsExactly(0);
		assertThat(feedback(recent).answerText()).isEqualTo(recent.answerText());
		assertThat(feedback(recent).answerTextRemoved()).isFalse();

		Caller learner = TestCallers.learner(this.lena, this.program, "cohort-a");
		assertThat(this.mvc.get()
			.uri("/api/scoring/answers/{answerId}", old.answerId())
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(learner))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.answerTextRemoved", (removed) -> assertThat(removed).isEqualTo(true))
			.hasPathSatisfying("$.score", (score) -> assertThat(score).isEqualTo(before.score()))
			.hasPathSatisfying("$.answerText", (text) -> assertThat(text).isNull());
		assertThat(this.mvc.post()
			.uri("/api/scoring/rescore")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(TestCallers.admin("admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"questionId\": \"" + questionId + "\"}")).hasStatusOk()
			.bodyJson()
			.as("the answer whose text expired is skipped")
			.hasPathSatisfying("$.rescored", (count) -> assertThat(count).isEqualTo(1));
	}

	@Test
	void answerTextExpiringAgainChangesNothing() {
		String questionId = publishQuestion();
		Instant now = Instant.now();
		AnswerSubmitted old = submittedAt(now.minus(Duration.ofDays(2)),
				answer(questionId, this.lena, "I verify the patient's identity and document the release."));
		scoreAll(List.of(old));
		send(Topics.LEARNER_DATA, AnswerTextExpired.of(this.program, now.minus(Duration.ofDays(1))));
		await().until(() -> feedback(old).answerTextRemoved());
		AnswerFeedback expired = feedback(old);

		String erasureId = "erasure-" + UUID.randomUUID();
		try (TopicProbe learnerData = watch(Topics.LEARNER_DATA)) {
			send(Topics.LEARNER_DATA, AnswerTextExpired.of(this.program, now.minus(Duration.ofDays(1))));
			// one program's events stay in order: once a later erasure is done, so is the
			// second expiry
			send(Topics.LEARNER_DATA,
					LearnerErasureRequested.of(erasureId, this.program, "cohort-a", this.leo, "dana"));
			completion(learnerData, erasureId, 1);
		}

		assertThat(feedback(old)).isEqualTo(expired);
	}

	@Test
	void aReplayedAnswerWhoseTextExpiredDoesNotBringItsWordsBack() {
		String questionId = publishQuestion();
		Instant now = Instant.now();
		AnswerSubmitted old = submittedAt(now.minus(Duration.ofDays(2)),
				answer(questionId, this.lena, "I verify the patient's identity and document the release."));
		scoreAll(List.of(old));
		send(Topics.LEARNER_DATA, AnswerTextExpired.of(this.program, now.minus(Duration.ofDays(1))));
		await().until(() -> feedback(old).answerTextRemoved());

		// one learner's answers stay in order: once the next is scored, the replayed one
		// was consumed
		scoreAll(List.of(old, answer(questionId, this.lena, "I verify identity.")));

		assertThat(feedback(old).answerTextRemoved()).isTrue();
		assertThat(feedback(old).answerText()).isNull();
		assertThat(this.mongo.findById(old.answerId(), Document.class, "received_answers").get("event", Document.class))
			.doesNotContainKey("answerText");
	}

	private void assertLeftNothingOf(String learnerId, AnswerSubmitted... answers) {
		for (AnswerSubmitted answer : answers) {
			for (String collection : COLLECTIONS) {
				assertThat(this.mongo.exists(Query.query(Criteria.where("_id").is(answer.answerId())), collection))
					.as("%s of the erased learner in %s", answer.answerId(), collection)
					.isFalse();
			}
		}
		assertThat(this.mongo.exists(enrolmentOf(learnerId), "membership_learners")).isFalse();
	}

	private void assertKept(AnswerSubmitted answer) {
		for (String collection : COLLECTIONS) {
			assertThat(this.mongo.exists(Query.query(Criteria.where("_id").is(answer.answerId())), collection))
				.as("%s of another learner in %s", answer.answerId(), collection)
				.isTrue();
		}
	}

	/** The {@code count}th completion of the erasure scoring published. */
	private JsonNode completion(TopicProbe learnerData, String erasureId, int count) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> learnerData
				.seen((r) -> r.value().contains("\"LearnerErasureCompleted\"") && r.value().contains(erasureId)
						&& r.value().contains("\"scoring-service\""))
				.size() >= count);
		ConsumerRecord<String, String> completed = learnerData
			.seen((r) -> r.value().contains("\"LearnerErasureCompleted\"") && r.value().contains(erasureId))
			.get(count - 1);
		assertThat(completed.key()).isEqualTo(this.program);
		return this.json.readTree(completed.value());
	}

	private List<CitedExample> cited(AnswerSubmitted answer) {
		AnswerFeedback feedback = feedback(answer);
		return (feedback.explanation().gradedExamples() != null) ? feedback.explanation().gradedExamples().nearest()
				: List.of();
	}

	private AnswerFeedback feedback(AnswerSubmitted answer) {
		return this.mongo.findById(answer.answerId(), AnswerFeedback.class);
	}

	private void enrol(String learnerId) {
		EnrolmentChanged enrolled = EnrolmentChanged.of(this.program, learnerId, "cohort-a", null, null, 1,
				EnrolmentChanged.Change.ENROLLED, "dana");
		send(Topics.ENROLMENTS, enrolled);
		await().until(() -> this.mongo.exists(enrolmentOf(learnerId), "membership_learners"));
	}

	private Query enrolmentOf(String learnerId) {
		return Query.query(Criteria.where("_id").is(this.program + "/" + learnerId));
	}

	private void scoreAll(List<AnswerSubmitted> answers) {
		answers.forEach((answer) -> send(Topics.ANSWERS, answer));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> answers.stream()
				.allMatch((answer) -> this.mongo.exists(Query.query(Criteria.where("_id").is(answer.answerId())),
						"answer_feedback")));
	}

	private MvcTestResult review(String answerId, int score) {
		return this.mvc.post()
			.uri("/api/scoring/answers/{answerId}/review", answerId)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.coach))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"score\": " + score + "}")
			.exchange();
	}

	private MvcTestResult rescoreUnreviewed(String questionId) {
		return this.mvc.post()
			.uri("/api/scoring/questions/{questionId}/rescore-unreviewed", questionId)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director))
			.exchange();
	}

	/** One field of the question's calibration, as the program's director reads it. */
	private List<Object> calibration(String questionId, String field) {
		MvcTestResult all = this.mvc.get()
			.uri("/api/scoring/calibration")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director))
			.exchange();
		assertThat(all).hasStatusOk();
		return JsonPath.read(new String(all.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
				"$[?(@.questionId == '" + questionId + "')]." + field);
	}

	private String publishQuestion() {
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
		send(Topics.QUESTION_BANK, question);
		await().until(() -> this.rubrics.find(questionId, 1).isPresent());
		return questionId;
	}

	private AnswerSubmitted answer(String questionId, String learnerId, String text) {
		return AnswerSubmitted.of(UUID.randomUUID().toString(), "s-1", learnerId, this.program, "cohort-a", questionId,
				1, text);
	}

	private static AnswerSubmitted submittedAt(Instant instant, AnswerSubmitted answer) {
		return new AnswerSubmitted(answer.eventId(), answer.type(), answer.schemaVersion(), instant, answer.answerId(),
				answer.sessionId(), answer.learnerId(), answer.programId(), answer.cohortId(), answer.questionId(),
				answer.questionVersion(), answer.answerText());
	}

	private void send(String topic, ReadyroomEvent event) {
		TopicProbe.send(bootstrapServers(), topic, event.partitionKey(), this.json.writeValueAsString(event));
	}

	private TopicProbe watch(String topic) {
		return TopicProbe.watch(bootstrapServers(), topic);
	}

	private String bootstrapServers() {
		return String.join(",", this.kafka.getBootstrapServers());
	}

}

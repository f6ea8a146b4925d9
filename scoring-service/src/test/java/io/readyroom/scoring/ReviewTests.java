package io.readyroom.scoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.readyroom.contracts.ScoreExplanation;
import io.readyroom.contracts.Topics;
import io.readyroom.contracts.Verdict;
import io.readyroom.scoring.feedback.AnswerFeedback;
import io.readyroom.scoring.feedback.AnswerFeedback.KeyPointFeedback;
import io.readyroom.scoring.feedback.ScorerDoubt;
import io.readyroom.scoring.review.AnswerReview;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Reviewing answers: who may, what a review must say, what is kept and published, and the
 * queue of answers to review first.
 */
@SpringBootTest(properties = "readyroom.events.retry-for=3s")
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class ReviewTests {

	private static final String PROGRAM = "review-program";

	private static final Caller LEARNER = TestCallers.learner("lena", PROGRAM, "cohort-a");

	private static final Caller OTHER_LEARNER = TestCallers.learner("leo", PROGRAM, "cohort-a");

	private static final Caller COACH = TestCallers.coach("carla", PROGRAM, "cohort-a");

	private static final Caller OTHER_COHORT_COACH = TestCallers.coach("cody", PROGRAM, "cohort-b");

	private static final Caller DIRECTOR = TestCallers.director("dana", PROGRAM);

	private static final Caller OTHER_DIRECTOR = TestCallers.director("omar", "other-program");

	private static final Caller ADMIN = TestCallers.admin("admin");

	private static final String REVIEW = """
			{"score": 72, "criteria": [{"criterionId": "document", "verdict": "PARTIAL"}],
			 "note": "Say where you log the release."}""";

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

	private final String questionId = "q-" + UUID.randomUUID();

	private final String answerId = "answer-" + UUID.randomUUID();

	@BeforeEach
	void storeScoredAnswer() {
		this.mongo.save(feedback(this.answerId, "cohort-a", ScorerDoubt.NONE));
	}

	@Test
	void aCoachReviewsAnAnswerOfTheirCohortAndTheReviewIsKeptAndPublished() {
		try (TopicProbe reviews = TopicProbe.watch(String.join(",", this.kafka.getBootstrapServers()),
				Topics.ANSWER_REVIEWS)) {
			assertThat(review(COACH, REVIEW)).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.revision", (revision) -> assertThat(revision).isEqualTo(1))
				.hasPathSatisfying("$.machineScore", (score) -> assertThat(score).isEqualTo(60))
				.hasPathSatisfying("$.score", (score) -> assertThat(score).isEqualTo(72))
				.hasPathSatisfying("$.reviewerId", (id) -> assertThat(id).isEqualTo("carla"))
				.hasPathSatisfying("$.reviewerRole", (role) -> assertThat(role).isEqualTo("coach"))
				.hasPathSatisfying("$.criteria[*].verdict",
						(verdicts) -> assertThat(verdicts).asList().containsExactly("MET", "PARTIAL"))
				.hasPathSatisfying("$.criteria[*].machineVerdict",
						(verdicts) -> assertThat(verdicts).asList().containsExactly("MET", "MISSED"));

			ConsumerRecord<String, String> published = reviews.awaitRecord((r) -> r.value().contains(this.answerId));
			assertThat(published.key()).isEqualTo(LEARNER.id());
			JsonNode event = this.json.readTree(published.value());
			assertThat(event.get("type").asString()).isEqualTo("AnswerReviewed");
			assertThat(event.get("score").asInt()).isEqualTo(72);
			assertThat(event.get("machineScore").asInt()).isEqualTo(60);
			assertThat(event.get("reviewerId").asString()).isEqualTo("carla");
		}
		AnswerReview kept = this.mongo.findById(this.answerId, AnswerReview.class);
		assertThat(kept).isNotNull();
		assertThat(kept.reviewedAt()).isBeforeOrEqualTo(Instant.now());
		assertThat(kept.note()).isEqualTo("Say where you log the release.");
	}

	@Test
	void reviewingAgainMakesANewRevisionThatReplacesTheLast() {
		assertThat(review(COACH, REVIEW)).hasStatusOk();

		assertThat(review(DIRECTOR, "{\"score\": 40}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.revision", (revision) -> assertThat(revision).isEqualTo(2))
			.hasPathSatisfying("$.reviewerId", (id) -> assertThat(id).isEqualTo("dana"));
		assertThat(this.mongo.findById(this.answerId, AnswerReview.class).score()).isEqualTo(40);
	}

	static Stream<Arguments> reviewers() {
		return Stream.of(arguments(COACH, HttpStatus.OK), arguments(DIRECTOR, HttpStatus.OK),
				arguments(ADMIN, HttpStatus.OK), arguments(LEARNER, HttpStatus.FORBIDDEN),
				arguments(OTHER_COHORT_COACH, HttpStatus.FORBIDDEN), arguments(OTHER_DIRECTOR, HttpStatus.NOT_FOUND));
	}

	@ParameterizedTest(name = "{0} reviews lena's answer: {1}")
	@MethodSource("reviewers")
	void onlyTheStaffOverTheLearnerReview(Caller caller, HttpStatus expected) {
		assertThat(review(caller, REVIEW)).hasStatus(expected);

		assertThat(this.mongo.findById(this.answerId, AnswerReview.class) != null).isEqualTo(expected == HttpStatus.OK);
	}

	static Stream<Arguments> badReviews() {
		return Stream.of(arguments("{\"score\": 101}", "score"), arguments("{\"score\": -1}", "score"),
				arguments("{}", "score"),
				arguments("{\"score\": 50, \"criteria\": [{\"criterionId\": \"timeframe\", \"verdict\": \"MET\"}]}",
						"not in the rubric of question"),
				arguments(
						"{\"score\": 50, \"criteria\": [{\"criterionId\": \"document\", \"verdict\": \"MET\"},"
								+ " {\"criterionId\": \"document\", \"verdict\": \"MISSED\"}]}",
						"more than one verdict"),
				arguments("{\"score\": 50, \"criteria\": [{\"criterionId\": \"document\", \"verdict\": \"GREAT\"}]}",
						""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badReviews")
	void aReviewThatIsNotWholeIsRefusedAndNothingIsKept(String body, String detail) {
		assertThat(review(COACH, body)).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains(detail);

		assertThat(this.mongo.findById(this.answerId, AnswerReview.class)).isNull();
	}

	@Test
	void aMisspeltFieldIsRefusedByNameRatherThanDropped() {
		assertThat(review(COACH, "{\"score\": 50, \"notes\": \"Say where you log it.\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("unknown-field")
			.contains("\\\"notes\\\"")
			.contains("criteria, note, score");

		assertThat(this.mongo.findById(this.answerId, AnswerReview.class)).isNull();
	}

	@Test
	void aReviewOfAnAnswerNobodyScoredIsNotFound() {
		assertThat(this.mvc.post()
			.uri("/api/scoring/answers/{answerId}/review", "no-such-answer")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))
			.contentType(MediaType.APPLICATION_JSON)
			.content(REVIEW)).hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("unknown-answer");
	}

	@Test
	void theLearnerReadsTheReviewOfTheirAnswerAndNobodyElseOutsideTheStaff() {
		assertThat(review(COACH, REVIEW)).hasStatusOk();

		assertThat(readReview(LEARNER)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.note", (note) -> assertThat(note).isEqualTo("Say where you log the release."));
		assertThat(readReview(OTHER_LEARNER)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(readReview(OTHER_COHORT_COACH)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theQueueShowsTheAnswersTheScorerDoubtsFirstAndDropsReviewedOnes() {
		String doubted = "answer-" + UUID.randomUUID();
		this.mongo.save(feedback(doubted, "cohort-a",
				ScorerDoubt.NONE.plus(0.6, "Red flag: Discloses without verifying identity")));
		String otherCohort = "answer-" + UUID.randomUUID();
		this.mongo.save(feedback(otherCohort, "cohort-b", ScorerDoubt.NONE));

		assertThat(queue(COACH)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[?(@.questionId == '" + this.questionId + "')].answerId",
					(ids) -> assertThat(ids).asList().containsExactly(doubted, this.answerId))
			.hasPathSatisfying("$[?(@.answerId == '" + doubted + "')].reasons[*]", (reasons) -> assertThat(reasons)
				.asList()
				.contains("Red flag: Discloses without verifying identity",
						"Its question has 0 of the 5 graded answers that calibrate the scorer to your program"));

		assertThat(this.mvc.post()
			.uri("/api/scoring/answers/{answerId}/review", doubted)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"score\": 10}")).hasStatusOk();
		assertThat(queue(COACH)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[?(@.questionId == '" + this.questionId + "')].answerId",
					(ids) -> assertThat(ids).asList().containsExactly(this.answerId));
		assertThat(queue(DIRECTOR)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[?(@.questionId == '" + this.questionId + "')].answerId",
					(ids) -> assertThat(ids).asList().containsExactlyInAnyOrder(this.answerId, otherCohort));
		assertThat(this.mvc.get()
			.uri("/api/scoring/review-queue?cohortId=cohort-b")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(queue(LEARNER)).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult review(Caller caller, String body) {
		return this.mvc.post()
			.uri("/api/scoring/answers/{answerId}/review", this.answerId)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult readReview(Caller caller) {
		return this.mvc.get()
			.uri("/api/scoring/answers/{answerId}/review", this.answerId)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.exchange();
	}

	private MvcTestResult queue(Caller caller) {
		return this.mvc.get()
			.uri("/api/scoring/review-queue?limit=200")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.exchange();
	}

	private AnswerFeedback feedback(String answerId, String cohortId, ScorerDoubt doubt) {
		return new AnswerFeedback(answerId, "session-1", LEARNER.id(), PROGRAM, cohortId, this.questionId, 1,
				"A patient asks for their records. What do you do?",
				"I verify the patient's identity and hand over the records.", Instant.now(), Instant.now(), 60,
				List.of(new KeyPointFeedback("verify-identity", "Verifies identity", Verdict.MET,
						"verify the patient's identity", 2, 31),
						new KeyPointFeedback("document", "Documents the release", Verdict.MISSED, "", -1, -1)),
				ScoreExplanation.none(), "test", doubt, false);
	}

}

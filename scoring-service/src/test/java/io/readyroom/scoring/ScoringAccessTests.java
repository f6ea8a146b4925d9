package io.readyroom.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.contracts.ScoreExplanation;
import io.readyroom.contracts.Topics;
import io.readyroom.scoring.feedback.AnswerFeedback;
import io.readyroom.scoring.rubric.RubricVersion;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TestTokens.Token;
import io.readyroom.testsupport.TopicProbe;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
 * Who may call the scoring service, and which tokens it accepts: every refusal is proven
 * beside the allowed call it mirrors.
 */
@SpringBootTest(properties = "readyroom.events.retry-for=3s")
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class ScoringAccessTests {

	private static final Caller LEARNER = TestCallers.learner("ana", "demo-program", "cohort-a");

	private static final Caller SAME_COHORT_LEARNER = TestCallers.learner("ben", "demo-program", "cohort-a");

	private static final Caller OTHER_PROGRAM_LEARNER = TestCallers.learner("ana", "other-program", "cohort-a");

	private static final Caller COACH = TestCallers.coach("carla", "demo-program", "cohort-a");

	private static final Caller OTHER_COHORT_COACH = TestCallers.coach("cody", "demo-program", "cohort-b");

	private static final Caller DIRECTOR = TestCallers.director("dana", "demo-program");

	private static final Caller OTHER_DIRECTOR = TestCallers.director("omar", "other-program");

	private static final Caller ADMIN = TestCallers.admin("admin");

	private static final String INLINE_PREVIEW = """
			{"answer": "I verify identity first.", "question": "How do you release records?",
			 "modelAnswer": "Verify identity. Document the release."}""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private KafkaConnectionDetails kafka;

	private final String sharedQuestion = "shared-" + UUID.randomUUID();

	private final String programQuestion = "program-" + UUID.randomUUID();

	private final String answerId = "answer-" + UUID.randomUUID();

	@BeforeEach
	void storeRubricsAndFeedback() {
		this.mongo.save(rubric(this.sharedQuestion, null));
		this.mongo.save(rubric(this.programQuestion, "demo-program"));
		this.mongo.save(feedback(this.answerId, LEARNER));
	}

	static Stream<Arguments> feedbackReaders() {
		return Stream.of(arguments(LEARNER, HttpStatus.OK), arguments(SAME_COHORT_LEARNER, HttpStatus.NOT_FOUND),
				arguments(OTHER_PROGRAM_LEARNER, HttpStatus.NOT_FOUND), arguments(COACH, HttpStatus.OK),
				arguments(OTHER_COHORT_COACH, HttpStatus.NOT_FOUND), arguments(DIRECTOR, HttpStatus.OK),
				arguments(OTHER_DIRECTOR, HttpStatus.NOT_FOUND), arguments(ADMIN, HttpStatus.OK));
	}

	@ParameterizedTest(name = "{0} reads ana's feedback: {1}")
	@MethodSource("feedbackReaders")
	void feedbackIsReadByTheLearnerAndTheStaffOverThemOnly(Caller caller, HttpStatus expected) {
		assertThat(this.mvc.get()
			.uri("/api/scoring/answers/{answerId}", this.answerId)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))).hasStatus(expected);

	}

	@ParameterizedTest(name = "{0} reads ana's answer list: {1}")
	@MethodSource("feedbackReaders")
	void anotherLearnersAnswerListIsNotFoundAsTheirProfileIs(Caller caller, HttpStatus expected) {
		MvcTestResult list = this.mvc.get()
			.uri("/api/scoring/learners/ana/answers")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.exchange();

		if (expected == HttpStatus.OK) {
			assertThat(list).hasStatusOk().bodyJson().extractingPath("$[*].answerId").asArray().contains(this.answerId);
		}
		else if (caller == OTHER_PROGRAM_LEARNER) {
			// the same user id in another program: their own list, without ana's answers
			assertThat(list).hasStatusOk()
				.bodyJson()
				.extractingPath("$[*].answerId")
				.asArray()
				.doesNotContain(this.answerId);
		}
		else {
			assertThat(list).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.type")
				.asString()
				.endsWith("/unknown-learner");
		}
	}

	/**
	 * One program's reads share a partition of the data-reads topic, so once the coach's
	 * later reads are there, Ana's earlier ones would be too had they been recorded.
	 */
	@Test
	void staffReadsOfAnswersAreOnTheAccessLogAndTheLearnersOwnAreNot() {
		Caller coach = TestCallers.coach("coach-" + UUID.randomUUID(), "demo-program", "cohort-a");
		try (TopicProbe reads = TopicProbe.watch(String.join(",", this.kafka.getBootstrapServers()),
				Topics.DATA_READS)) {
			for (Caller reader : List.of(LEARNER, coach)) {
				assertThat(read(reader, "/api/scoring/answers/" + this.answerId)).hasStatusOk();
				assertThat(read(reader, "/api/scoring/learners/ana/answers")).hasStatusOk();
			}

			for (String what : List.of("answer-feedback", "learner-answers")) {
				String read = reads
					.awaitRecord((record) -> record.value().contains("\"readerId\":\"" + coach.id() + "\"")
							&& record.value().contains("\"what\":\"" + what + "\""))
					.value();
				assertThat(read).contains("\"readerRole\":\"coach\"", "\"learnerId\":\"ana\"",
						"\"cohortId\":\"cohort-a\"", "\"programId\":\"demo-program\"");
			}
			assertThat(reads.seen((record) -> record.value().contains("\"readerId\":\"ana\""))).isEmpty();
		}
	}

	private MvcTestResult read(Caller caller, String uri) {
		return this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller)).exchange();
	}

	@Test
	void aLearnerWithoutScoredAnswersGetsAnEmptyListOfTheirOwn() {
		Caller newcomer = TestCallers.learner("newcomer-" + UUID.randomUUID(), "demo-program", "cohort-a");

		assertThat(this.mvc.get()
			.uri("/api/scoring/learners/{id}/answers", newcomer.id())
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(newcomer))).hasStatusOk().bodyJson().isEqualTo("[]");
		assertThat(this.mvc.get()
			.uri("/api/scoring/learners/{id}/answers", newcomer.id())
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(COACH))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aRequestWithoutTokenIsAskedToSignIn() {
		MvcTestResult result = preview(INLINE_PREVIEW, null);

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("needs a bearer token");
		assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
	}

	@Test
	void aValidTokenIsAccepted() {
		assertThat(preview(INLINE_PREVIEW, this.tokens.forCaller(COACH).bearer())).hasStatusOk();
	}

	static Stream<Arguments> refusedTokens() {
		return Stream.of(arguments("expired", (TokenChange) (token) -> token.expiredFor(Duration.ofMinutes(2))),
				arguments("another issuer", (TokenChange) (token) -> token.issuedBy("https://evil.example")),
				arguments("another audience", (TokenChange) (token) -> token.forAudience("another-app")),
				arguments("a key the issuer never published", (TokenChange) Token::signedWithUnpublishedKey),
				arguments("a shared-secret algorithm", (TokenChange) Token::signedWithSharedSecret),
				arguments("no signature", (TokenChange) Token::unsigned));
	}

	@ParameterizedTest(name = "a token with {0} is refused")
	@MethodSource("refusedTokens")
	void aTokenThatFailsValidationIsRefused(String flaw, TokenChange change) {
		String bearer = change.apply(this.tokens.forCaller(COACH)).bearer();

		assertThat(preview(INLINE_PREVIEW, bearer)).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("The bearer token was refused");
	}

	static Stream<Arguments> previewOfInlineQuestions() {
		return Stream.of(arguments(LEARNER, HttpStatus.FORBIDDEN), arguments(COACH, HttpStatus.OK),
				arguments(DIRECTOR, HttpStatus.OK), arguments(ADMIN, HttpStatus.OK));
	}

	@ParameterizedTest(name = "{0} previews an inline question: {1}")
	@MethodSource("previewOfInlineQuestions")
	void staffPreviewInlineQuestionsAndLearnersDoNot(Caller caller, HttpStatus expected) {
		assertThat(preview(INLINE_PREVIEW, this.tokens.bearer(caller))).hasStatus(expected);
	}

	@Test
	void aProgramsQuestionIsPreviewedInThatProgramAndUnknownElsewhere() {
		assertThat(preview(bankPreview(this.programQuestion), this.tokens.bearer(DIRECTOR))).hasStatusOk();
		assertThat(preview(bankPreview(this.programQuestion), this.tokens.bearer(OTHER_DIRECTOR)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(preview(bankPreview(this.sharedQuestion), this.tokens.bearer(OTHER_DIRECTOR))).hasStatusOk();
	}

	static Stream<Arguments> rescoring() {
		return Stream.of(arguments(LEARNER, "program", HttpStatus.FORBIDDEN),
				arguments(COACH, "program", HttpStatus.FORBIDDEN), arguments(DIRECTOR, "program", HttpStatus.OK),
				arguments(OTHER_DIRECTOR, "program", HttpStatus.NOT_FOUND), arguments(ADMIN, "program", HttpStatus.OK),
				arguments(DIRECTOR, "shared", HttpStatus.FORBIDDEN), arguments(ADMIN, "shared", HttpStatus.OK));
	}

	@ParameterizedTest(name = "{0} re-scores a {1} question: {2}")
	@MethodSource("rescoring")
	void directorsRescoreTheirProgramsQuestionsAndAdminsAnyQuestion(Caller caller, String bank, HttpStatus expected) {
		String questionId = bank.equals("shared") ? this.sharedQuestion : this.programQuestion;

		assertThat(this.mvc.post()
			.uri("/api/scoring/rescore")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"questionId\": \"" + questionId + "\"}")).hasStatus(expected);
	}

	@Test
	void aBodyOverOneMegabyteIsRefusedBeforeAnythingReadsIt() {
		String oversized = "{\"answer\": \"" + "a".repeat(1_100_000) + "\"}";

		assertThat(preview(oversized, this.tokens.bearer(COACH))).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("larger than 1048576 bytes");
	}

	@Test
	void healthIsOpenAndMetricsAreForAdmins() {
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(DIRECTOR))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(
				this.mvc.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(ADMIN)))
			.hasStatusOk();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void requestsAreLoggedWithIdsButNeitherAnswerTextNorToken(CapturedOutput output) {
		String bearer = this.tokens.bearer(COACH);
		String answer = "My distinctive answer mentions a quokka named Bartholomew.";

		assertThat(preview(INLINE_PREVIEW.replace("I verify identity first.", answer), bearer)).hasStatusOk();

		assertThat(output).contains("POST /api/scoring/preview -> 200")
			.contains("caller carla")
			.doesNotContain("Bartholomew")
			.doesNotContain(bearer.substring("Bearer ".length()));
	}

	private MvcTestResult preview(String body, @Nullable String bearer) {
		var request = this.mvc.post().uri("/api/scoring/preview").contentType(MediaType.APPLICATION_JSON).content(body);
		if (bearer != null) {
			request.header(HttpHeaders.AUTHORIZATION, bearer);
		}
		return request.exchange();
	}

	private static String bankPreview(String questionId) {
		return "{\"answer\": \"I verify identity first.\", \"questionId\": \"" + questionId + "\"}";
	}

	private static RubricVersion rubric(String questionId, @Nullable String programId) {
		Rubric rubric = new Rubric(RubricStructure.FREE, List.of(new RubricCriterion("verify-identity",
				"Verifies identity", 1.0, List.of("verify identity"), List.of("I verify identity."))), List.of());
		return new RubricVersion(questionId + "@1", questionId, 1, programId, "How do you release records?",
				QuestionType.SITUATIONAL, List.of(new CompetencyWeight("release-of-information", 1.0)), rubric,
				"I verify identity.");
	}

	private static AnswerFeedback feedback(String answerId, Caller learner) {
		return new AnswerFeedback(answerId, "session-1", learner.id(), learner.programId(),
				learner.cohortIds().iterator().next(), "q-1", 1, "How do you release records?", "I verify identity.",
				Instant.now(), Instant.now(), 60, List.of(), ScoreExplanation.none(), "test", null, false);
	}

	@FunctionalInterface
	interface TokenChange {

		Token apply(Token token);

	}

}

package io.readyroom.session;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.readyroom.contracts.Topics;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.readyroom.session.SessionApi.question;
import static io.readyroom.session.SessionApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may read and import the bank's questions: staff read the shared bank and their own
 * program's questions, another program's are unknown to them; a program's director or an
 * admin imports into it. Learners meet questions only through their sessions.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class, AnalyticsStandIn.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionBankAccessTests {

	private static final String SHARED = "hit-roi-process";

	private static final String PROGRAMS_OWN = "program-a-minimum-necessary";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private KafkaConnectionDetails kafka;

	private SessionApi api;

	private TopicProbe bankEvents;

	@BeforeAll
	void importProgramAsOwnQuestion() {
		this.api = new SessionApi(this.mvc, this.tokens);
		this.bankEvents = TopicProbe.watch(String.join(",", this.kafka.getBootstrapServers()), Topics.QUESTION_BANK);
		assertThat(this.api.importQuestions(Actor.HER_DIRECTOR.caller, "program-a",
				question(PROGRAMS_OWN, "What is the minimum necessary standard?")))
			.hasStatusOk();
	}

	@AfterAll
	void stopWatching() {
		this.bankEvents.close();
	}

	static Stream<Arguments> questionReads() {
		return Stream.of("/api/questions/{id}", "/api/questions/{id}/versions/1")
			.flatMap((uri) -> Stream.of(arguments(Actor.ANA, uri, SHARED, HttpStatus.FORBIDDEN),
					arguments(Actor.ANA, uri, PROGRAMS_OWN, HttpStatus.FORBIDDEN),
					arguments(Actor.HER_COACH, uri, SHARED, HttpStatus.OK),
					arguments(Actor.HER_COACH, uri, PROGRAMS_OWN, HttpStatus.OK),
					arguments(Actor.HER_DIRECTOR, uri, SHARED, HttpStatus.OK),
					arguments(Actor.HER_DIRECTOR, uri, PROGRAMS_OWN, HttpStatus.OK),
					arguments(Actor.ADMIN, uri, SHARED, HttpStatus.OK),
					arguments(Actor.ADMIN, uri, PROGRAMS_OWN, HttpStatus.OK),
					arguments(Actor.OTHER_PROGRAMS_COACH, uri, SHARED, HttpStatus.OK),
					arguments(Actor.OTHER_PROGRAMS_COACH, uri, PROGRAMS_OWN, HttpStatus.NOT_FOUND),
					arguments(Actor.OTHER_PROGRAMS_DIRECTOR, uri, SHARED, HttpStatus.OK),
					arguments(Actor.OTHER_PROGRAMS_DIRECTOR, uri, PROGRAMS_OWN, HttpStatus.NOT_FOUND)));
	}

	@ParameterizedTest(name = "{0} reads {1} of {2}: {3}")
	@MethodSource("questionReads")
	void staffReadSharedAndTheirProgramsQuestionsAndAnotherProgramsAreUnknown(Actor actor, String uri,
			String questionId, HttpStatus expected) {
		MvcTestResult result = this.api.get(actor.caller, uri, questionId);

		assertThat(result).hasStatus(expected);
		if (expected == HttpStatus.OK) {
			assertThat(result).bodyJson().extractingPath("$.content.rubric.criteria").asArray().isNotEmpty();
		}
		else {
			assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	static Stream<Arguments> listings() {
		return Stream.of(arguments(Actor.ANA, null, HttpStatus.FORBIDDEN, false),
				arguments(Actor.HER_COACH, null, HttpStatus.OK, true),
				arguments(Actor.HER_DIRECTOR, null, HttpStatus.OK, true),
				arguments(Actor.OTHER_PROGRAMS_COACH, null, HttpStatus.OK, false),
				arguments(Actor.OTHER_PROGRAMS_DIRECTOR, null, HttpStatus.OK, false),
				arguments(Actor.OTHER_PROGRAMS_DIRECTOR, "program-a", HttpStatus.OK, false),
				arguments(Actor.ADMIN, null, HttpStatus.OK, false),
				arguments(Actor.ADMIN, "program-a", HttpStatus.OK, true));
	}

	@ParameterizedTest(name = "{0} lists the questions of program {1}: {2}, program A's own listed: {3}")
	@MethodSource("listings")
	void listingsLeaveOutAnotherProgramsQuestions(Actor actor, @Nullable String programId, HttpStatus expected,
			boolean programsOwnListed) {
		MvcTestResult result = (programId != null)
				? this.api.get(actor.caller, "/api/questions?programId={programId}", programId)
				: this.api.get(actor.caller, "/api/questions");

		assertThat(result).hasStatus(expected);
		if (expected == HttpStatus.OK) {
			List<String> ids = read(result, "$[*].questionId");
			assertThat(ids).contains(SHARED);
			assertThat(ids.contains(PROGRAMS_OWN)).isEqualTo(programsOwnListed);
		}
	}

	static Stream<Arguments> imports() {
		return Stream.of(arguments(Actor.ANA, HttpStatus.FORBIDDEN), arguments(Actor.HER_COACH, HttpStatus.FORBIDDEN),
				arguments(Actor.HER_DIRECTOR, HttpStatus.OK), arguments(Actor.ADMIN, HttpStatus.OK),
				arguments(Actor.OTHER_PROGRAMS_COACH, HttpStatus.FORBIDDEN),
				arguments(Actor.OTHER_PROGRAMS_DIRECTOR, HttpStatus.FORBIDDEN));
	}

	@ParameterizedTest(name = "{0} imports questions into program A: {1}")
	@MethodSource("imports")
	void aProgramsDirectorOrAnAdminImportsIntoItAndARefusedImportLeavesNoTrace(Actor actor, HttpStatus expected) {
		String questionId = "own-" + UUID.randomUUID();

		MvcTestResult result = this.api.importQuestions(actor.caller, "program-a",
				question(questionId, "Who imported this question?"));

		assertThat(result).hasStatus(expected);
		if (expected == HttpStatus.OK) {
			assertThat(result).bodyJson().extractingPath("$[0].change").isEqualTo("CREATED");
			return;
		}
		assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.api.get(Actor.ADMIN.caller, "/api/questions/{id}", questionId)).hasStatus(HttpStatus.NOT_FOUND);
		// the director's import of the same id is published under the same key, so on the
		// same partition after anything the refused import could have published
		assertThat(this.api.importQuestions(Actor.HER_DIRECTOR.caller, "program-a",
				question(questionId, "The director imported this question.")))
			.hasStatusOk();
		this.bankEvents.awaitRecord((r) -> r.key().equals(questionId + "@1"));
		List<ConsumerRecord<String, String>> published = this.bankEvents.seen((r) -> r.key().equals(questionId + "@1"));
		assertThat(published).singleElement()
			.satisfies((record) -> assertThat(record.value()).contains("The director imported this question."));
	}

}

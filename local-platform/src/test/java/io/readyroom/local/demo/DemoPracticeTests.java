package io.readyroom.local.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one demo run against the fake platform does; every test reads the same run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPracticeTests {

	private static final String SESSION = "/api/sessions/[^/]+";

	private final FakePlatform platform = new FakePlatform();

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final Instant ranAt = Instant.now();

	@BeforeAll
	void runTheDemo() {
		DemoPractice.run(this.platform.targets(), new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	@AfterAll
	void stopPlatform() {
		this.platform.close();
	}

	@Test
	void theDirectorAndEveryLearnerOfTheProgramSignIn() {
		assertThat(this.platform.identity.signIns()).first().isEqualTo("dana");
		assertThat(this.platform.identity.signIns()).containsOnly("dana", "ana", "ben", "demo-learner-01",
				"demo-learner-06");
	}

	@Test
	void everyLearnerOfTheProgramTakesSessionsOfTheCourseAsThemself() {
		Map<String, Long> startsByLearner = this.platform.apiCalls("POST", "/api/sessions")
			.stream()
			.collect(Collectors.groupingBy(RecordedCall::caller, Collectors.counting()));
		assertThat(startsByLearner).containsOnlyKeys(FakeIdentity.PROGRAM_LEARNERS);
		assertThat(startsByLearner.values())
			.allSatisfy((starts) -> assertThat(starts).isBetween(1L, SessionPlans.COURSE.size() + 1L));
	}

	@Test
	void theDirectorEnrolsEveryLearnerWithTheirRoleTrackAsTargetRoleBeforeTheyPractise() {
		assertThat(this.platform.apiCalls("PUT", "/api/programs/demo-program/enrolments/[^/]+/target-role"))
			.allSatisfy((call) -> {
				assertThat(call.caller()).isEqualTo("dana");
				assertThat(call.fields()).containsEntry("roleTrack", FakeBank.MAIN_TRACK);
			})
			.extracting((call) -> call.path().split("/")[5])
			.containsExactlyInAnyOrder(FakeIdentity.PROGRAM_LEARNERS.toArray(String[]::new));
	}

	@Test
	void eachCohortGetsAnAssignmentDueInTheComingDaysThatSomeOfItsLearnersHaveDone() {
		List<RecordedCall> assigned = this.platform.apiCalls("POST", "/api/cohorts/[^/]+/assignments");
		assertThat(assigned).extracting((call) -> call.path().split("/")[3])
			.containsExactlyInAnyOrder("cohort-a", "cohort-b");
		assertThat(assigned).allSatisfy(
				(call) -> assertThat(Instant.parse((String) call.fields().get("dueAt"))).isAfter(Instant.now()));
		assertThat(assignmentStarts()).isNotEmpty()
			.allSatisfy((start) -> assertThat(start.fields()).containsOnlyKeys("assignmentId", "startedAt"));
	}

	@Test
	void aSessionStartSaysWhatToPractiseAndWhenNeverWho() {
		assertThat(courseStarts()).allSatisfy((start) -> {
			Map<String, Object> body = start.fields();
			assertThat(body).containsKeys("roleTrack", "mode", "questionCount", "startedAt")
				.doesNotContainKeys("learnerId", "programId", "cohortId");
			assertThat(Set.of("roleTrack", "mode", "types", "difficulties", "questionCount", "startedAt"))
				.containsAll(body.keySet());
			assertThat(body.get("mode")).isIn("mock-interview", "practice-set");
			assertThat(body.get("roleTrack")).isEqualTo(FakeBank.MAIN_TRACK);
		});
	}

	@Test
	void practiceIsDatedOverTheLastWeeksInThePast() {
		List<Instant> starts = this.platform.apiCalls("POST", "/api/sessions")
			.stream()
			.map((start) -> Instant.parse(start.json().path("startedAt").asString()))
			.toList();
		assertThat(starts).allSatisfy((start) -> assertThat(start).isBefore(this.ranAt)
			.isAfter(this.ranAt.minus(Duration.ofDays(7L * SessionPlans.WEEKS))));
		assertThat(Duration.between(Collections.min(starts), Collections.max(starts)))
			.isGreaterThan(Duration.ofDays(7L * (SessionPlans.WEEKS - 2)));
	}

	@Test
	void answersAndCompletionsAreDatedAfterTheirSessionsStart() {
		Map<String, Instant> startOf = new LinkedHashMap<>();
		List<RecordedCall> calls = this.platform.apiCalls();
		for (int i = 0; i < calls.size(); i++) {
			RecordedCall call = calls.get(i);
			if (call.is("POST", "/api/sessions")) {
				// the fake names the session it started in the next call's path
				startOf.put(sessionOf(calls.get(i + 1)), Instant.parse(call.json().path("startedAt").asString()));
			}
		}
		assertThat(this.platform.apiCalls("POST", SESSION + "/answers"))
			.allSatisfy((answer) -> assertThat(Instant.parse(answer.json().path("answeredAt").asString()))
				.isAfter(startOf.get(sessionOf(answer))));
		assertThat(this.platform.apiCalls("POST", SESSION + "/complete"))
			.allSatisfy((complete) -> assertThat(Instant.parse(complete.json().path("completedAt").asString()))
				.isAfter(startOf.get(sessionOf(complete))));
	}

	@Test
	void everyAskedQuestionIsAnsweredOnceUnderAFreshUuidWithAnAnswerWrittenForIt() {
		DemoAnswers written = DemoAnswers.load();
		List<RecordedCall> asked = this.platform.apiCalls("GET", SESSION + "/next-question");
		List<RecordedCall> answers = this.platform.apiCalls("POST", SESSION + "/answers");
		assertThat(answers).isNotEmpty().allSatisfy((answer) -> {
			String questionId = answer.json().path("questionId").asString();
			assertThat(UUID.fromString(answer.json().path("answerId").asString())).isNotNull();
			assertThat(Arrays.stream(AnswerLevel.values())
				.flatMap((level) -> written.at(questionId, level).stream())
				.map(String::strip)).contains(answer.json().path("text").asString());
		});
		assertThat(answers.stream().map((answer) -> answer.json().path("answerId").asString()).distinct())
			.hasSameSizeAs(answers);
		// each session's last next-question call is the 204 that ends it
		assertThat(asked).hasSize(answers.size() + this.platform.apiCalls("POST", "/api/sessions").size());
	}

	@Test
	void everySessionIsCompletedByItsLearnerAfterItsAnswers() {
		Map<String, String> completedBy = new LinkedHashMap<>();
		for (RecordedCall call : this.platform.apiCalls()) {
			if (call.is("POST", SESSION + "/answers")) {
				assertThat(completedBy).as("answered after completing").doesNotContainKey(sessionOf(call));
			}
			if (call.is("POST", SESSION + "/complete")) {
				completedBy.put(sessionOf(call), call.caller());
			}
		}
		assertThat(completedBy).hasSize(this.platform.apiCalls("POST", "/api/sessions").size());
		assertThat(this.platform.apiCalls("POST", SESSION + "/answers"))
			.allSatisfy((answer) -> assertThat(completedBy).containsEntry(sessionOf(answer), answer.caller()));
	}

	@Test
	void onlyTheDirectorReadsTheBankOnceARoleTrack() {
		assertThat(this.platform.apiCalls("GET", "/api/questions.*")).isNotEmpty()
			.allSatisfy((call) -> assertThat(call.caller()).isEqualTo("dana"))
			.extracting(RecordedCall::query)
			.doesNotHaveDuplicates();
	}

	@Test
	void aRoleTrackWithoutQuestionsOrWithQuestionsTheDemoHasNoAnswersToIsNotPractised() {
		assertThat(this.platform.apiCalls("POST", "/api/sessions"))
			.extracting((start) -> start.fields().get("roleTrack"))
			.doesNotContain(FakeBank.EMPTY_TRACK, FakeBank.OTHER_TRACK);
	}

	@Test
	void reportsEachLearnerTheTotalsAndOnceAnalyticsCountedEveryAnswerWhoIsReady() {
		int answers = this.platform.apiCalls("POST", SESSION + "/answers").size();
		assertThat(lines()).filteredOn((line) -> line.matches("Demo: \\S+ \\(cohort-[ab], [a-z-]+\\): .*")).hasSize(4);
		assertThat(lines()).anyMatch((line) -> line.matches("Demo: 4 learners, " + courseStarts().size()
				+ " sessions, \\d+ answers submitted over 6 weeks; the scorer and analytics follow within seconds"));
		assertThat(lines())
			.filteredOn((line) -> line.matches("Demo: cohort-[ab] assigned \".+\"; \\d of 2 learners have done it"))
			.hasSize(2);
		assertThat(lines()).endsWith("Demo: waiting until analytics has counted all " + answers + " answers ...",
				"Demo: cohort-a: 1 of 2 learners ready for their role (" + FakeAnalytics.READY + ")",
				"Demo: cohort-b: 0 of 2 learners ready for their role");
	}

	private List<RecordedCall> courseStarts() {
		return this.platform.apiCalls("POST", "/api/sessions")
			.stream()
			.filter((start) -> !start.fields().containsKey("assignmentId"))
			.toList();
	}

	private List<RecordedCall> assignmentStarts() {
		return this.platform.apiCalls("POST", "/api/sessions")
			.stream()
			.filter((start) -> start.fields().containsKey("assignmentId"))
			.toList();
	}

	private List<String> lines() {
		return this.output.toString(StandardCharsets.UTF_8).lines().toList();
	}

	private static String sessionOf(RecordedCall call) {
		return call.path().split("/")[3];
	}

}

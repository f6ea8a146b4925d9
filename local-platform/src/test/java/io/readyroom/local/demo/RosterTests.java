package io.readyroom.local.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import io.readyroom.local.identity.DemoAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RosterTests {

	private static final List<String> TRACKS = List.of("health-information-technician", "ehr-specialist",
			"healthcare-data-analyst");

	private static final List<DemoAccount> LEARNERS = demoLearners();

	private static final int LAST_WEEK = SessionPlans.WEEKS - 1;

	private static final List<String> COMPETENCIES = List.of("hipaa-privacy-rule", "release-of-information",
			"clinical-documentation-integrity", "ehr-systems", "attention-to-detail", "professionalism-and-ethics");

	@Test
	void learnersSpreadFromWeakToStrongAndTheStrongImproveFastest() {
		List<SimulatedLearner> roster = Roster.of(LEARNERS, TRACKS);

		assertThat(roster).hasSize(12);
		assertThat(roster.stream().map(SimulatedLearner::startSkill).distinct()).hasSize(12);
		SimulatedLearner weakest = roster.stream()
			.min(Comparator.comparingDouble(SimulatedLearner::startSkill))
			.orElseThrow();
		SimulatedLearner strongest = roster.stream()
			.max(Comparator.comparingDouble(SimulatedLearner::startSkill))
			.orElseThrow();
		assertThat(weakest.skillIn(LAST_WEEK, Map.of())).isLessThan(AnswerLevel.PARTIAL_FROM);
		assertThat(strongest.skillIn(LAST_WEEK, Map.of())).isGreaterThan(1);
		assertThat(strongest.weeklyGrowth()).isGreaterThan(weakest.weeklyGrowth());
		assertThat(strongest.turnout()).isGreaterThan(weakest.turnout());
	}

	@Test
	void theStrongestOfEachCohortAnswersEveryQuestionOfTheLastThreeWeeksStrongly() {
		for (String cohort : List.of("cohort-a", "cohort-b")) {
			SimulatedLearner strongest = Roster.of(LEARNERS, TRACKS)
				.stream()
				.filter((learner) -> learner.cohortId().equals(cohort))
				.max(Comparator.comparingDouble(SimulatedLearner::startSkill))
				.orElseThrow();
			Random random = new Random(7);
			for (int week = LAST_WEEK - 2; week <= LAST_WEEK; week++) {
				for (String competency : COMPETENCIES) {
					for (int answer = 0; answer < 50; answer++) {
						assertThat(strongest.answerIn(week, Map.of(competency, 1.0), random))
							.as("%s in week %d on %s", strongest.username(), week, competency)
							.isEqualTo(AnswerLevel.STRONG);
					}
				}
			}
			assertThat(strongest.turnout()).as("takes every session").isEqualTo(1.0);
		}
	}

	@Test
	void theFirstCohortIsSomewhatStrongerThanTheSecond() {
		List<SimulatedLearner> roster = Roster.of(LEARNERS, TRACKS);

		double cohortA = meanSkill(roster, "cohort-a");
		double cohortB = meanSkill(roster, "cohort-b");
		assertThat(cohortA - cohortB).isBetween(0.05, 0.15);
	}

	@Test
	void theSameAccountsAreCastTheSameWayWhateverTheirOrder() {
		List<DemoAccount> reversed = new ArrayList<>(LEARNERS);
		java.util.Collections.reverse(reversed);

		assertThat(Roster.of(reversed, TRACKS)).isEqualTo(Roster.of(LEARNERS, TRACKS));
	}

	@Test
	void skillDoesNotFollowTheNumbering() {
		List<SimulatedLearner> cohortA = Roster.of(LEARNERS, TRACKS)
			.stream()
			.filter((learner) -> learner.cohortId().equals("cohort-a"))
			.toList();

		List<Double> skills = cohortA.stream().map(SimulatedLearner::startSkill).toList();
		assertThat(skills).isNotEqualTo(skills.stream().sorted().toList())
			.isNotEqualTo(skills.stream().sorted(Comparator.reverseOrder()).toList());
	}

	@Test
	void mostPrepareForTheMainTrackAndSomeForOthers() {
		List<SimulatedLearner> roster = Roster.of(LEARNERS, TRACKS);

		assertThat(roster).filteredOn((learner) -> learner.roleTrack().equals(Roster.MAIN_TRACK)).hasSize(9);
		assertThat(roster).extracting(SimulatedLearner::roleTrack).containsAll(TRACKS);
	}

	@Test
	void withoutTheMainTrackTheModelsFirstIsTheMainOne() {
		List<SimulatedLearner> roster = Roster.of(LEARNERS, List.of("ehr-specialist"));

		assertThat(roster).extracting(SimulatedLearner::roleTrack).containsOnly("ehr-specialist");
	}

	@Test
	void withoutRoleTracksNobodyCanPractise() {
		assertThatIllegalStateException().isThrownBy(() -> Roster.of(LEARNERS, List.of()))
			.withMessageContaining("no role track");
	}

	private static double meanSkill(List<SimulatedLearner> roster, String cohort) {
		return roster.stream()
			.filter((learner) -> learner.cohortId().equals(cohort))
			.mapToDouble(SimulatedLearner::startSkill)
			.average()
			.orElseThrow();
	}

	static List<DemoAccount> demoLearners() {
		List<DemoAccount> learners = new ArrayList<>();
		learners.add(learner("ana", "cohort-a"));
		learners.add(learner("ben", "cohort-b"));
		IntStream.rangeClosed(1, 10)
			.forEach(
					(i) -> learners.add(learner("demo-learner-%02d".formatted(i), (i <= 5) ? "cohort-a" : "cohort-b")));
		return learners;
	}

	private static DemoAccount learner(String username, String cohort) {
		return new DemoAccount(username, username + "-demo", "learner", "demo-program", List.of(cohort));
	}

}

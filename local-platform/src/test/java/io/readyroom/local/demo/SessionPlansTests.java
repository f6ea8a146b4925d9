package io.readyroom.local.demo;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPlansTests {

	@Test
	void theCourseHasSessionsInEveryWeekNumberedWithinTheWeek() {
		assertThat(SessionPlans.COURSE).extracting(SessionPlan::week)
			.containsAll(IntStream.range(0, SessionPlans.WEEKS).boxed().toList())
			.isSorted();
		for (int week = 0; week < SessionPlans.WEEKS; week++) {
			int thisWeek = week;
			List<Integer> slots = SessionPlans.COURSE.stream()
				.filter((plan) -> plan.week() == thisWeek)
				.map(SessionPlan::slot)
				.toList();
			assertThat(slots).isEqualTo(IntStream.range(0, slots.size()).boxed().toList());
		}
	}

	@Test
	void itOpensWithAMockInterviewEveryLearnerTakes() {
		assertThat(SessionPlans.COURSE.get(0).isFirst()).isTrue();
		assertThat(SessionPlans.COURSE.get(0).mode()).isEqualTo(SessionPlan.MOCK_INTERVIEW);
		assertThat(SessionPlans.COURSE.subList(1, SessionPlans.COURSE.size())).noneMatch(SessionPlan::isFirst);
	}

	@Test
	void theLastTwoWeeksEachAskTheQuestionsBehindRecordsAndReleaseOfInformation() {
		for (int week = SessionPlans.WEEKS - 2; week < SessionPlans.WEEKS; week++) {
			int thisWeek = week;
			List<SessionPlan> sets = SessionPlans.COURSE.stream()
				.filter((plan) -> plan.week() == thisWeek && plan.mode().equals(SessionPlan.PRACTICE_SET))
				.toList();
			assertThat(sets).anySatisfy((set) -> assertThat(set.types()).containsExactly("situational"));
			assertThat(sets).anySatisfy((set) -> {
				assertThat(set.types()).containsExactly("technical");
				assertThat(set.difficulties()).containsExactly("intermediate");
			});
		}
	}

	@Test
	void noSessionAsksMoreThanSessionServicePlans() {
		assertThat(SessionPlans.COURSE).extracting(SessionPlan::questionCount)
			.allSatisfy((count) -> assertThat(count).isBetween(1, 20));
	}

}

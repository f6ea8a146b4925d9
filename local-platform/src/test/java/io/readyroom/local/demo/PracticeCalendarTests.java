package io.readyroom.local.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeCalendarTests {

	private static final Instant NOW = Instant.parse("2026-03-02T00:30:00Z");

	private static final int MOST_ANSWERS = 20;

	private final PracticeCalendar calendar = new PracticeCalendar(NOW);

	@Test
	void everySessionAndItsAnswersLieInThePastWeeks() {
		for (int seed = 0; seed < 100; seed++) {
			Random random = new Random(seed);
			for (SessionPlan plan : SessionPlans.COURSE) {
				Instant start = this.calendar.startOf(plan, random);
				assertThat(start).isAfter(NOW.minus(Duration.ofDays(7L * SessionPlans.WEEKS)));
				assertThat(PracticeCalendar.answerTime(start, MOST_ANSWERS)).isBefore(NOW);
			}
		}
	}

	@Test
	void aWeeksSessionsEndBeforeTheNextWeeksBeginAndFollowEachOther() {
		for (int seed = 0; seed < 100; seed++) {
			Random random = new Random(seed);
			Instant previousEnd = Instant.MIN;
			for (SessionPlan plan : SessionPlans.COURSE) {
				Instant start = this.calendar.startOf(plan, random);
				assertThat(start).isAfter(previousEnd);
				assertThat(start).isBefore(NOW.minus(Duration.ofDays(7L * (SessionPlans.WEEKS - 1 - plan.week()))));
				previousEnd = PracticeCalendar.answerTime(start, MOST_ANSWERS);
			}
		}
	}

	@Test
	void aSessionsAnswersFollowItsStartMinutesApart() {
		Instant start = this.calendar.startOf(SessionPlans.COURSE.get(0), new Random(1));

		assertThat(PracticeCalendar.answerTime(start, 0)).isEqualTo(start.plus(PracticeCalendar.BETWEEN_ANSWERS));
		assertThat(PracticeCalendar.answerTime(start, 3))
			.isEqualTo(start.plus(PracticeCalendar.BETWEEN_ANSWERS.multipliedBy(4)));
	}

}

package io.readyroom.local.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * When the demo's practice happened: its {@value SessionPlans#WEEKS} weeks are the last
 * as many weeks up to now, a week's sessions a day or two apart at some hour of the day,
 * a session's answers a few minutes apart. Every time lies in the past, so
 * session-service takes it as a backdated one.
 */
final class PracticeCalendar {

	static final Duration BETWEEN_ANSWERS = Duration.ofMinutes(4);

	private static final Duration WEEK = Duration.ofDays(7);

	private static final Duration BETWEEN_SESSIONS = Duration.ofDays(2);

	private static final int HOURS_OF_THE_DAY = 8;

	private final Instant now;

	PracticeCalendar(Instant now) {
		this.now = now;
	}

	/**
	 * A week's sessions start at most five days and eight hours into it, and 20 answers
	 * take 80 minutes, so its last ends before the next week begins.
	 */
	Instant startOf(SessionPlan plan, Random random) {
		Instant weekStart = this.now.minus(WEEK.multipliedBy(SessionPlans.WEEKS - plan.week()));
		return weekStart.plus(Duration.ofDays(1))
			.plus(BETWEEN_SESSIONS.multipliedBy(plan.slot()))
			.plus(Duration.ofMinutes(random.nextInt(HOURS_OF_THE_DAY * 60)));
	}

	/**
	 * @param answered how many answers came before, in the session
	 */
	static Instant answerTime(Instant sessionStart, int answered) {
		return sessionStart.plus(BETWEEN_ANSWERS.multipliedBy(answered + 1L));
	}

}

package io.readyroom.analytics.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.readyroom.analytics.activity.PracticeActivity;

/**
 * Sessions started and completed, and sessions started per week. A session counts as
 * started once its start is known, so the weeks add up to the sessions started.
 */
final class SessionTallies {

	private SessionTallies() {
	}

	static int started(List<PracticeActivity> sessions) {
		return (int) sessions.stream().filter((session) -> session.startedAt() != null).count();
	}

	static int completed(List<PracticeActivity> sessions) {
		return (int) sessions.stream().filter(PracticeActivity::isCompleted).count();
	}

	static List<WeekTally> weeks(List<PracticeActivity> sessions) {
		Map<String, Integer> tallies = new TreeMap<>();
		sessions.stream()
			.filter((session) -> session.startedAt() != null)
			.forEach((session) -> tallies.merge(WeekTally.weekOf(session.startedAt()), 1, Integer::sum));
		List<WeekTally> result = new ArrayList<>();
		tallies.forEach((week, count) -> result.add(new WeekTally(week, count, 0)));
		return result;
	}

}

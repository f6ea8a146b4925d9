package io.readyroom.analytics.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.readyroom.analytics.activity.PracticeActivity;

/** Sessions started per week. */
final class SessionTallies {

	private SessionTallies() {
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

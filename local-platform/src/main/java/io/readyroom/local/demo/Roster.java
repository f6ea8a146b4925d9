package io.readyroom.local.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.readyroom.local.identity.DemoAccount;

/**
 * Casts the demo program's learners: within each cohort they spread from weak to strong,
 * in an order fixed by their names. The weak start low and barely improve, the strong
 * start well, improve fastest and practise every session, so in the last three weeks the
 * strongest of each cohort answer every question well, enough to be ready for their role.
 * Each cohort sits a step below the one before it, so the cohort comparison has something
 * to show. Most prepare for the main role track; every fourth for another one, where the
 * demo has answers for another.
 */
final class Roster {

	static final String MAIN_TRACK = "health-information-technician";

	private static final double WEAKEST_START = 0.1;

	private static final double START_RANGE = 0.6;

	private static final double SLOWEST_GROWTH = 0.02;

	private static final double GROWTH_RANGE = 0.1;

	private static final double LEAST_TURNOUT = 0.5;

	private static final double TURNOUT_RANGE = 0.6;

	private static final double COHORT_STEP = 0.08;

	private static final int OTHER_TRACK_EVERY = 4;

	private Roster() {
	}

	/**
	 * @param learners the program's learner accounts
	 * @param roleTracks the role tracks the demo can practise, in the competency model's
	 * order
	 * @return the learners by username
	 */
	static List<SimulatedLearner> of(List<DemoAccount> learners, List<String> roleTracks) {
		if (roleTracks.isEmpty()) {
			throw new IllegalStateException("the competency model has no role track the demo has answers for");
		}
		List<SimulatedLearner> cast = new ArrayList<>();
		int cohortIndex = 0;
		for (Map.Entry<String, List<DemoAccount>> cohort : byCohort(learners).entrySet()) {
			double shift = COHORT_STEP * (0.5 - cohortIndex++);
			List<DemoAccount> members = new ArrayList<>(cohort.getValue());
			members.sort(Comparator.comparingLong((account) -> new Random(Seeds.of(account.username())).nextLong()));
			for (int rank = 0; rank < members.size(); rank++) {
				double strength = (rank + 0.5) / members.size();
				cast.add(new SimulatedLearner(members.get(rank), cohort.getKey(), "",
						WEAKEST_START + START_RANGE * strength + shift, SLOWEST_GROWTH + GROWTH_RANGE * strength,
						Math.min(1, LEAST_TURNOUT + TURNOUT_RANGE * strength)));
			}
		}
		cast.sort(Comparator.comparing(SimulatedLearner::username));
		return withTracks(cast, roleTracks);
	}

	private static Map<String, List<DemoAccount>> byCohort(List<DemoAccount> learners) {
		Map<String, List<DemoAccount>> cohorts = new TreeMap<>();
		learners.forEach((learner) -> cohorts
			.computeIfAbsent(learner.cohortIds().isEmpty() ? "" : learner.cohortIds().get(0), (id) -> new ArrayList<>())
			.add(learner));
		return cohorts;
	}

	private static List<SimulatedLearner> withTracks(List<SimulatedLearner> cast, List<String> roleTracks) {
		String main = roleTracks.contains(MAIN_TRACK) ? MAIN_TRACK : roleTracks.get(0);
		List<String> others = roleTracks.stream().filter((track) -> !track.equals(main)).toList();
		List<SimulatedLearner> tracked = new ArrayList<>();
		for (int i = 0; i < cast.size(); i++) {
			SimulatedLearner learner = cast.get(i);
			boolean other = !others.isEmpty() && i % OTHER_TRACK_EVERY == OTHER_TRACK_EVERY - 1;
			String track = other ? others.get((i / OTHER_TRACK_EVERY) % others.size()) : main;
			tracked.add(new SimulatedLearner(learner.account(), learner.cohortId(), track, learner.startSkill(),
					learner.weeklyGrowth(), learner.turnout()));
		}
		return tracked;
	}

}

package io.readyroom.local.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.readyroom.local.identity.DemoAccount;

/**
 * Casts the demo program's learners: within each cohort their skills spread evenly from
 * weak to strong, in an order fixed by their names, and each cohort sits a step below the
 * one before it, so the cohort comparison has something to show. Most prepare for the
 * main role track; every fourth for another one.
 */
final class Roster {

	static final String MAIN_TRACK = "health-information-technician";

	private static final double WEAKEST = 0.3;

	private static final double STRONGEST = 0.9;

	private static final double COHORT_STEP = 0.1;

	// keeps learners of equal rank in different cohorts apart
	private static final double JITTER = 0.03;

	private static final int OTHER_TRACK_EVERY = 4;

	private Roster() {
	}

	/**
	 * @param learners the program's learner accounts
	 * @param roleTracks the role tracks with questions, in the competency model's order
	 * @return the learners by username
	 */
	static List<SimulatedLearner> of(List<DemoAccount> learners, List<String> roleTracks) {
		if (roleTracks.isEmpty()) {
			throw new IllegalStateException("the competency model has no role track with questions");
		}
		List<SimulatedLearner> cast = new ArrayList<>();
		int cohortIndex = 0;
		for (Map.Entry<String, List<DemoAccount>> cohort : byCohort(learners).entrySet()) {
			double shift = COHORT_STEP * (0.5 - cohortIndex++);
			List<DemoAccount> members = new ArrayList<>(cohort.getValue());
			members.sort(Comparator.comparingLong((account) -> new Random(Seeds.of(account.username())).nextLong()));
			for (int rank = 0; rank < members.size(); rank++) {
				double skill = WEAKEST + (STRONGEST - WEAKEST) * (rank + 0.5) / members.size() + shift
						+ jitterOf(members.get(rank));
				cast.add(new SimulatedLearner(members.get(rank), cohort.getKey(), SimulatedLearner.clamp(skill), ""));
			}
		}
		cast.sort(Comparator.comparing(SimulatedLearner::username));
		return withTracks(cast, roleTracks);
	}

	private static double jitterOf(DemoAccount account) {
		return JITTER * (2 * new Random(Seeds.of(Seeds.of(account.username()), "jitter")).nextDouble() - 1);
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
			tracked.add(new SimulatedLearner(learner.account(), learner.cohortId(), learner.skill(), track));
		}
		return tracked;
	}

}

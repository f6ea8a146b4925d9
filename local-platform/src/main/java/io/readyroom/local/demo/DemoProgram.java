package io.readyroom.local.demo;

import java.util.List;

import io.readyroom.local.identity.DemoAccount;

/**
 * The accounts of one program the simulation needs: its director, who reads the bank and
 * analytics, and its learners, who practise.
 *
 * @param director the program's director
 * @param learners its learners, in the order the identity server lists them
 */
record DemoProgram(DemoAccount director, List<DemoAccount> learners) {

	DemoProgram {
		learners = List.copyOf(learners);
	}

	/**
	 * @throws IllegalStateException when the accounts name no director or no learner of
	 * the program
	 */
	static DemoProgram of(List<DemoAccount> accounts, String programId) {
		DemoAccount director = accounts.stream()
			.filter((account) -> account.role().equals("director") && programId.equals(account.programId()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the identity server lists no director of " + programId
					+ ", who reads the bank's model answers for the simulated learners"));
		List<DemoAccount> learners = accounts.stream()
			.filter((account) -> account.role().equals("learner") && programId.equals(account.programId()))
			// one whose token names no cohort (lee) is left for staff to enrol
			.filter((account) -> !account.cohortIds().isEmpty())
			.toList();
		if (learners.isEmpty()) {
			throw new IllegalStateException("the identity server lists no learner of " + programId);
		}
		return new DemoProgram(director, learners);
	}

}

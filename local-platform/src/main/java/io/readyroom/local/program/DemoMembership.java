package io.readyroom.local.program;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.readyroom.local.identity.DemoAccount;
import io.readyroom.local.identity.DemoAccounts;
import io.readyroom.local.identity.DemoSignIn;
import tools.jackson.databind.JsonNode;

/**
 * Makes sure the program's own data has the demo programs' membership as the demo
 * accounts' tokens name it: every cohort a demo account names (cohort-a as "Cohort A"),
 * with the coaches whose tokens name it, and every demo learner whose token names a
 * cohort enrolled in it. Only what is missing is added, as the demo admin, so a start
 * after a director's changes leaves them as they are; learners whose tokens name no
 * cohort (lee) are left for a director to enrol.
 */
public final class DemoMembership {

	private static final String ADMIN_ROLE = "admin";

	private final URI issuer;

	private final URI sessionService;

	public DemoMembership(URI issuer, URI sessionService) {
		this.issuer = issuer;
		this.sessionService = sessionService;
	}

	/**
	 * @return what was added, one line each; empty when everything was there
	 * @throws IllegalStateException when a call fails
	 */
	public List<String> ensure() {
		List<DemoAccount> accounts = DemoAccounts.of(this.issuer);
		DemoAccount admin = accounts.stream()
			.filter((account) -> ADMIN_ROLE.equals(account.role()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The identity server lists no demo admin"));
		ProgramApiClient api = new ProgramApiClient(this.sessionService,
				new DemoSignIn(this.issuer).accessToken(admin.username(), admin.password()));
		List<String> added = new ArrayList<>();
		cohortsNamedBy(accounts).forEach((program, cohorts) -> cohorts
			.forEach((cohort) -> ensureCohort(api, program, cohort, coachesOf(accounts, program, cohort), added)));
		accounts.stream()
			.filter((account) -> "learner".equals(account.role()) && account.cohortIds().size() == 1)
			.forEach((learner) -> ensureEnrolment(api, learner, added));
		return added;
	}

	private static void ensureCohort(ProgramApiClient api, String program, String cohort, List<String> coaches,
			List<String> added) {
		if (listed(api.get(cohortsPath(program)).body(), cohort)) {
			return;
		}
		api.change("POST", cohortsPath(program),
				Map.of("cohortId", cohort, "name", nameOf(cohort), "coachIds", coaches));
		added.add("cohort " + program + "/" + cohort + ((coaches.isEmpty()) ? "" : " coached by " + coaches));
	}

	private static boolean listed(JsonNode cohorts, String cohort) {
		if (cohorts != null) {
			for (JsonNode listed : cohorts) {
				if (cohort.equals(listed.path("cohortId").asString())) {
					return true;
				}
			}
		}
		return false;
	}

	private static String cohortsPath(String program) {
		return "/api/programs/" + program + "/cohorts";
	}

	private static void ensureEnrolment(ProgramApiClient api, DemoAccount learner, List<String> added) {
		String path = "/api/programs/" + learner.programId() + "/enrolments/" + learner.username();
		if (api.get(path).status() == 404) {
			api.change("PUT", path, Map.of("cohortId", learner.cohortIds().get(0)));
			added.add("enrolment of " + learner.username() + " in " + learner.cohortIds().get(0));
		}
	}

	private static Map<String, Set<String>> cohortsNamedBy(List<DemoAccount> accounts) {
		Map<String, Set<String>> cohorts = new TreeMap<>();
		accounts.forEach((account) -> cohorts.computeIfAbsent(account.programId(), (program) -> new TreeSet<>())
			.addAll(account.cohortIds()));
		cohorts.values().removeIf(Set::isEmpty);
		return cohorts;
	}

	private static List<String> coachesOf(List<DemoAccount> accounts, String program, String cohort) {
		return accounts.stream()
			.filter((account) -> "coach".equals(account.role()) && program.equals(account.programId())
					&& account.cohortIds().contains(cohort))
			.map(DemoAccount::username)
			.toList();
	}

	/** "cohort-a" is "Cohort A". */
	static String nameOf(String cohortId) {
		List<String> words = new ArrayList<>();
		for (String word : cohortId.split("-")) {
			if (!word.isEmpty()) {
				words.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
			}
		}
		return words.isEmpty() ? cohortId : String.join(" ", words);
	}

}

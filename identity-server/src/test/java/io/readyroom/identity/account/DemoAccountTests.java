package io.readyroom.identity.account;

import java.util.List;

import io.readyroom.contracts.token.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DemoAccountTests {

	@Test
	void aLearnerBelongsToOneCohortAtMostOrLeavesItToTheProgramsEnrolments() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DemoAccount("ana", "pw", Role.LEARNER, "demo-program", List.of("a", "b")))
			.withMessageContaining("'ana' is a learner with cohorts [a, b]");
		assertThat(new DemoAccount("lee", "pw", Role.LEARNER, "demo-program", List.of()).cohortIds()).isEmpty();
	}

	@Test
	void aCoachCoachesAnyNumberOfCohortsOrLeavesThemToTheProgramsCohorts() {
		assertThat(new DemoAccount("cody", "pw", Role.COACH, "demo-program", List.of()).cohortIds()).isEmpty();
		assertThat(new DemoAccount("carla", "pw", Role.COACH, "demo-program", List.of("a", "b")).cohortIds())
			.containsExactly("a", "b");
	}

	@Test
	void directorsAndAdminsSeeTheWholeProgramNotCohorts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DemoAccount("dana", "pw", Role.DIRECTOR, "demo-program", List.of("a")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DemoAccount("admin", "pw", Role.ADMIN, "demo-program", List.of("a")));
	}

	@Test
	void aUsernameIsConfiguredOnce() {
		DemoAccount ana = new DemoAccount("ana", "pw", Role.LEARNER, "demo-program", List.of("a"));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DemoAccountDirectory(new IdentityProperties(List.of(ana, ana), false, 0)))
			.withMessageContaining("'ana' is configured twice");
	}

	@Test
	void loadLearnersSignInUpToTheirNumberInTheLoadCohortButAreListedNowhere() {
		DemoAccountDirectory directory = new DemoAccountDirectory(new IdentityProperties(List.of(), false, 2));

		assertThat(directory.find("load-learner-0002")).hasValueSatisfying((learner) -> {
			assertThat(learner.password()).isEqualTo("load-learner-0002-load");
			assertThat(learner.role()).isEqualTo(Role.LEARNER);
			assertThat(learner.cohortIds()).containsExactly("load-cohort");
		});
		assertThat(directory.find("load-learner-0003")).isEmpty();
		assertThat(directory.find("load-learner-0000")).isEmpty();
		assertThat(directory.all()).isEmpty();
		assertThat(directory.loadLearners().all()).extracting(DemoAccount::username)
			.containsExactly("load-coach", "load-learner-0001", "load-learner-0002");
	}

	@Test
	void theLoadCoachReadsTheLoadCohortOnlyWhenThereAreLoadLearners() {
		assertThat(new DemoAccountDirectory(new IdentityProperties(List.of(), false, 1)).find("load-coach"))
			.hasValueSatisfying((coach) -> {
				assertThat(coach.role()).isEqualTo(Role.COACH);
				assertThat(coach.cohortIds()).containsExactly("load-cohort");
			});
		assertThat(new DemoAccountDirectory(new IdentityProperties(List.of(), false, 0)).find("load-coach")).isEmpty();
	}

	@Test
	void theTableListsEveryAccountWithItsRoleAsTokensSpellIt() {
		String table = DemoAccountsTable
			.of(List.of(new DemoAccount("carla", "carla-demo", Role.COACH, "demo-program", List.of("a", "b"))));

		assertThat(table.lines()).containsExactly("", "  username  password    role   program       cohorts",
				"  carla     carla-demo  coach  demo-program  a,b");
	}

}

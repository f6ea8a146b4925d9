package io.readyroom.identity.account;

import java.util.List;

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
			.isThrownBy(() -> new DemoAccountDirectory(new IdentityProperties(List.of(ana, ana), false)))
			.withMessageContaining("'ana' is configured twice");
	}

	@Test
	void theTableListsEveryAccountWithItsRoleAsTokensSpellIt() {
		String table = DemoAccountsTable
			.of(List.of(new DemoAccount("carla", "carla-demo", Role.COACH, "demo-program", List.of("a", "b"))));

		assertThat(table.lines()).containsExactly("", "  username  password    role   program       cohorts",
				"  carla     carla-demo  coach  demo-program  a,b");
	}

}

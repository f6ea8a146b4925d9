package io.readyroom.local.program;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoMembershipTests {

	@Test
	void aCohortIsNamedForPeopleAfterItsId() {
		assertThat(DemoMembership.nameOf("cohort-a")).isEqualTo("Cohort A");
		assertThat(DemoMembership.nameOf("cohort-x")).isEqualTo("Cohort X");
		assertThat(DemoMembership.nameOf("spring-2027")).isEqualTo("Spring 2027");
	}

}

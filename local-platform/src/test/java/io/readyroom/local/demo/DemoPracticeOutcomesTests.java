package io.readyroom.local.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.readyroom.local.FreePorts;
import io.readyroom.local.identity.IdentityServerUnreachableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A demo run when the program has practised before or a part of the platform fails.
 */
class DemoPracticeOutcomesTests {

	private final FakePlatform platform = new FakePlatform();

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@AfterEach
	void stopPlatform() {
		this.platform.close();
	}

	@Test
	void aLearnerWhoPractisedBeforeIsLeftAlone() {
		this.platform.analytics.practised("ana");

		run();

		assertThat(this.platform.identity.signIns()).doesNotContain("ana");
		assertThat(this.platform.apiCalls()).noneSatisfy((call) -> assertThat(call.caller()).isEqualTo("ana"));
		assertThat(lines()).contains("Demo: ana practised before; left as they are");
		assertThat(lines()).anySatisfy((line) -> assertThat(line).startsWith("Demo: 3 learners, "));
	}

	@Test
	void aProgramWhoseLearnersAllPractisedIsAlreadyLoaded() {
		FakeIdentity.PROGRAM_LEARNERS.forEach(this.platform.analytics::practised);

		run();

		assertThat(lines()).containsExactly("Demo data already loaded: every learner of demo-program has practised");
		assertThat(this.platform.identity.signIns()).containsExactly("dana");
		assertThat(this.platform.apiCalls("POST", ".*")).isEmpty();
	}

	@Test
	void aRefusedLearnerIsReportedWithTheProblemAndTheOthersGoOn() {
		this.platform.sessions.refuseSessionsOf("ben", "Role track 'x' has no questions.");

		run();

		assertThat(lines()).contains("Demo: ben skipped: session-service POST /api/sessions answered 422 "
				+ "Unknown role track: Role track 'x' has no questions.");
		assertThat(this.platform.apiCalls("POST", "/api/sessions")).extracting(RecordedCall::caller)
			.contains("ana", "demo-learner-01", "demo-learner-06");
		assertThat(lines())
			.anySatisfy((line) -> assertThat(line).startsWith("Demo: 3 learners, ").contains("(1 learner skipped"));
	}

	@Test
	void aMissingIdentityServerIsThrownWithItsAddress() {
		URI nowhere = URI.create("http://localhost:" + FreePorts.pick());
		DemoTargets targets = this.platform.targets();

		assertThatExceptionOfType(IdentityServerUnreachableException.class)
			.isThrownBy(() -> DemoPractice
				.run(new DemoTargets(nowhere, targets.session(), targets.scoring(), targets.analytics()), printer()))
			.withMessage("No identity server answers at " + nowhere);
	}

	@Test
	void aMissingServiceIsReportedAndNothingIsLoaded() {
		URI nowhere = URI.create("http://localhost:" + FreePorts.pick());
		DemoTargets targets = this.platform.targets();

		DemoPractice.run(new DemoTargets(targets.identity(), nowhere, targets.scoring(), targets.analytics()),
				printer());

		assertThat(lines()).containsExactly("Demo data not loaded: No session-service answers at " + nowhere);
	}

	private void run() {
		DemoPractice.run(this.platform.targets(), printer());
	}

	private PrintStream printer() {
		return new PrintStream(this.output, true, StandardCharsets.UTF_8);
	}

	private List<String> lines() {
		return this.output.toString(StandardCharsets.UTF_8).lines().toList();
	}

}

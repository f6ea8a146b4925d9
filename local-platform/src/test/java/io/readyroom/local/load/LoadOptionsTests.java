package io.readyroom.local.load;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoadOptionsTests {

	@Test
	void withoutOptionsTwentyLearnersSendThreeHundredAnswersAtFiftyASecondToTheDefaultPorts() {
		LoadOptions options = LoadOptions.parse(List.of());

		assertThat(options.learners()).isEqualTo(20);
		assertThat(options.answers()).isEqualTo(300);
		assertThat(options.duration()).isNull();
		assertThat(options.rate()).isEqualTo(50.0);
		assertThat(options.port(PlatformPart.SESSION)).isEqualTo(8081);
		assertThat(options.port(PlatformPart.KAFKA)).isEqualTo(9092);
		assertThat(options.helpRequested()).isFalse();
	}

	@Test
	void takesEachSettingWithItsValueAfterASpaceOrAnEqualsSign() {
		LoadOptions options = LoadOptions.parse(List.of("--learners", "100", "--duration=60", "--rate", "0",
				"--session-port", "18081", "--kafka-port=19092"));

		assertThat(options.learners()).isEqualTo(100);
		assertThat(options.duration()).isEqualTo(Duration.ofSeconds(60));
		assertThat(options.rate()).isZero();
		assertThat(options.baseUri(PlatformPart.SESSION)).hasToString("http://localhost:18081");
		assertThat(options.port(PlatformPart.KAFKA)).isEqualTo(19092);
		assertThat(options.port(PlatformPart.ANALYTICS)).isEqualTo(8083);
	}

	@Test
	void helpWinsOverEverythingElse() {
		assertThat(LoadOptions.parse(List.of("--learners", "5", "--help")).helpRequested()).isTrue();
		assertThat(LoadOptions.parse(List.of("-h")).helpRequested()).isTrue();
	}

	@Test
	void namesTheOptionThatIsUnknownOrLacksItsValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse(List.of("--users", "5")))
			.withMessage("Unknown option --users");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse(List.of("--answers")))
			.withMessage("--answers needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse(List.of("--answers", "--rate", "5")))
			.withMessage("--answers needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse(List.of("20")))
			.withMessageStartingWith("Unexpected argument '20'");
	}

	@Test
	void refusesNumbersOutOfRangeOrNotNumbersAtAll() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse(List.of("--learners", "1001")))
			.withMessage("--learners needs a whole number from 1 to 1000, not '1001'");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse(List.of("--answers", "many")))
			.withMessage("--answers needs a whole number from 1 to 2147483647, not 'many'");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse(List.of("--rate", "-3")))
			.withMessageStartingWith("--rate needs answers per second, 0 or more");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadOptions.parse(List.of("--web-port", "70000")))
			.withMessage("--web-port needs a whole number from 1 to 65535, not '70000'");
	}

	@Test
	void aNumberOfAnswersAndADurationExcludeEachOther() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadOptions.parse(List.of("--answers", "300", "--duration", "60")))
			.withMessage("Give --answers or --duration, not both");
	}

}

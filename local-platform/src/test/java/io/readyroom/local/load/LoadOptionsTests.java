package io.readyroom.local.load;

import java.time.Duration;

import io.readyroom.local.ReadyroomCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LoadOptionsTests {

	private final CommandLine readyroom = ReadyroomCommand.commandLine(System.out, System.err);

	@Test
	void withoutOptionsTwentyLearnersSendThreeHundredAnswersAtFiftyASecondToTheDefaultPorts() {
		LoadOptions options = parse();

		assertThat(options.learners()).isEqualTo(20);
		assertThat(options.answers()).isEqualTo(300);
		assertThat(options.duration()).isNull();
		assertThat(options.rate()).isEqualTo(50.0);
		assertThat(options.port(PlatformPart.IDENTITY)).isEqualTo(9000);
		assertThat(options.port(PlatformPart.SESSION)).isEqualTo(8081);
		assertThat(options.port(PlatformPart.SCORING)).isEqualTo(8082);
		assertThat(options.port(PlatformPart.ANALYTICS)).isEqualTo(8083);
		assertThat(options.port(PlatformPart.WEB)).isEqualTo(8080);
		assertThat(options.port(PlatformPart.KAFKA)).isEqualTo(9092);
		assertThat(options.port(PlatformPart.MONGO)).isEqualTo(27017);
		assertThat(this.readyroom.getSubcommands().get("load").isUsageHelpRequested()).isFalse();
	}

	@Test
	void takesEachSettingWithItsValueAfterASpaceOrAnEqualsSign() {
		LoadOptions options = parse("--learners", "100", "--duration=60", "--rate", "0", "--session-port", "18081",
				"--kafka-port=19092");

		assertThat(options.learners()).isEqualTo(100);
		assertThat(options.duration()).isEqualTo(Duration.ofSeconds(60));
		assertThat(options.rate()).isZero();
		assertThat(options.baseUri(PlatformPart.SESSION)).hasToString("http://localhost:18081");
		assertThat(options.port(PlatformPart.KAFKA)).isEqualTo(19092);
		assertThat(options.port(PlatformPart.ANALYTICS)).isEqualTo(8083);
	}

	@Test
	void aNumberOfAnswersIsTakenWithoutADuration() {
		LoadOptions options = parse("--answers", "600", "--rate=12.5");

		assertThat(options.answers()).isEqualTo(600);
		assertThat(options.duration()).isNull();
		assertThat(options.rate()).isEqualTo(12.5);
	}

	@Test
	void helpWinsOverEverythingElse() {
		this.readyroom.parseArgs("load", "--learners", "5", "--help");
		assertThat(this.readyroom.getSubcommands().get("load").isUsageHelpRequested()).isTrue();

		this.readyroom.parseArgs("load", "-h");
		assertThat(this.readyroom.getSubcommands().get("load").isUsageHelpRequested()).isTrue();
	}

	@Test
	void namesTheOptionThatIsUnknownOrLacksItsValue() {
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--users", "5"))
			.withMessageStartingWith("Unknown options: '--users'");
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--answers"))
			.withMessage("Missing required parameter for option '--answers' (N)");
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--answers", "--rate", "5"))
			.withMessage("Expected parameter for option '--answers' but found '--rate'");
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("20"))
			.withMessage("Unmatched argument at index 1: '20'");
	}

	@Test
	void refusesNumbersOutOfRangeOrNotNumbersAtAll() {
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--learners", "1001"))
			.withMessage("Invalid value for option '--learners': '1001' is not a whole number from 1 to 1000");
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--answers", "many"))
			.withMessage("Invalid value for option '--answers': 'many' is not a whole number from 1 to 2147483647");
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--duration", "86401"))
			.withMessage("Invalid value for option '--duration': '86401' is not a whole number from 1 to 86400");
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--rate", "-3"))
			.withMessageStartingWith("Invalid value for option '--rate': '-3' is not a number of answers per second");
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--rate", "Infinity"))
			.withMessageStartingWith("Invalid value for option '--rate': 'Infinity'");
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--web-port", "70000"))
			.withMessage("Invalid value for option '--web-port': '70000' is not a whole number from 1 to 65535");
	}

	@Test
	void aNumberOfAnswersAndADurationExcludeEachOther() {
		assertThatExceptionOfType(ParameterException.class)
			.isThrownBy(() -> parse("--answers", "300", "--duration", "60"))
			.withMessageContaining("--answers=N, --duration=SECONDS are mutually exclusive");
	}

	private LoadOptions parse(String... arguments) {
		String[] load = new String[arguments.length + 1];
		load[0] = "load";
		System.arraycopy(arguments, 0, load, 1, arguments.length);
		this.readyroom.parseArgs(load);
		return this.readyroom.getSubcommands().get("load").<LoadCommand>getCommand().options();
	}

}

package io.readyroom.local.load;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

import io.readyroom.local.PlatformPorts;
import io.readyroom.local.WholeNumberRange;
import io.readyroom.local.identity.IdentityServerUnreachableException;
import io.readyroom.local.identity.SignInException;
import org.apache.kafka.common.KafkaException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ./readyroom load [options]}: drives the running local platform with many
 * learners and prints what it measured.
 */
@Command(name = "load", sortOptions = false,
		header = "Drives the running platform with many signed-in learners and prints what it measured.",
		description = { "Drives the running local platform (started with ./readyroom in another terminal) through its"
				+ " REST edge: N learners of load-cohort sign in at the identity server and answer the bank's"
				+ " questions with realistic answers (about 115 words), paced to the rate. Prints progress every"
				+ " few seconds and, at the end, answers accepted, scored and counted per second, answer -> profile"
				+ " and answer -> dashboard freshness (p50/p95/p99), the CPU each of the platform's processes used,"
				+ " and the raw Kafka produce -> consume rate on the same broker for records of an answer event's"
				+ " size." },
		synopsisHeading = "%nUsage: ", descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
		footer = { "", "The load learners' answers stay in the platform's data, in load-cohort of demo-program, like"
				+ " any learner's." })
public final class LoadCommand implements Callable<Integer> {

	/** As many as the launcher has the identity server sign in. */
	private static final int MAX_LEARNERS = 1000;

	private static final int DEFAULT_ANSWERS = 300;

	private final PrintStream out;

	private final PrintStream err;

	@Option(names = "--learners", paramLabel = "N", converter = LearnerCount.class,
			description = "learners practising at once, 1 to " + MAX_LEARNERS + " (default: ${DEFAULT-VALUE})")
	private int learners = 20;

	// null when neither is given
	@ArgGroup(exclusive = true)
	private @Nullable HowMuch howMuch;

	@Option(names = "--rate", paramLabel = "N", converter = AnswerRate.class,
			description = "answers per second, all learners together; 0 for as fast as they go (default: 50)")
	private double rate = 50;

	@Mixin
	private PlatformPorts ports;

	public LoadCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @return the exit code: 0 after a load, 1 if the platform could not be reached or
	 * the load failed
	 */
	@Override
	public Integer call() throws InterruptedException {
		try {
			new LoadReport(this.out).print(new LoadRun(options(), this.out).run());
			return 0;
		}
		catch (IdentityServerUnreachableException ex) {
			this.err.println(ex.getMessage() + ". Start Readyroom first with ./readyroom in another terminal, or give"
					+ " the ports it runs on (--identity-port ...).");
			return 1;
		}
		catch (SignInException ex) {
			this.err.println(ex.getMessage() + ". The identity server signs in load learners only when ./readyroom"
					+ " listens on this machine alone (no --listen-all).");
			return 1;
		}
		catch (IOException | KafkaException | IllegalStateException ex) {
			this.err.println("The load failed: " + ex.getMessage());
			return 1;
		}
	}

	LoadOptions options() {
		Map<PlatformPart, Integer> ports = new EnumMap<>(PlatformPart.class);
		for (PlatformPart part : PlatformPart.values()) {
			ports.put(part, part.portIn(this.ports));
		}
		HowMuch howMuch = (this.howMuch != null) ? this.howMuch : new HowMuch();
		return new LoadOptions(this.learners, howMuch.answers, howMuch.duration(), this.rate, ports);
	}

	/** A number of answers, or a time to send answers for; not both. */
	static final class HowMuch {

		@Option(names = "--answers", paramLabel = "N", converter = WholeNumberRange.Positive.class,
				description = "answers to send in all (default: " + DEFAULT_ANSWERS + ")")
		private int answers = DEFAULT_ANSWERS;

		@Option(names = "--duration", paramLabel = "SECONDS", converter = Seconds.class,
				description = "send answers for this long instead of a number of them")
		private @Nullable Integer durationSeconds;

		@Nullable Duration duration() {
			return (this.durationSeconds != null) ? Duration.ofSeconds(this.durationSeconds) : null;
		}

	}

	static final class LearnerCount extends WholeNumberRange {

		LearnerCount() {
			super(1, MAX_LEARNERS);
		}

	}

	/** Up to a day. */
	static final class Seconds extends WholeNumberRange {

		Seconds() {
			super(1, 86_400);
		}

	}

	static final class AnswerRate implements ITypeConverter<Double> {

		@Override
		public Double convert(String value) {
			try {
				double rate = Double.parseDouble(value);
				if (rate >= 0 && Double.isFinite(rate)) {
					return rate;
				}
			}
			catch (NumberFormatException ex) {
				// reported below, like a negative rate
			}
			throw new TypeConversionException("'" + value
					+ "' is not a number of answers per second, 0 or more (0 for as fast as the learners go)");
		}

	}

}

package io.readyroom.scoring.engine;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one realistic answer (five sentences, 101 words) against a bank-like
 * ordered-steps rubric with the bundled model, loaded once per fork. Sample mode gives
 * the latency percentiles; throughput mode the answers per second. Run it with
 * {@code ./mvnw -f scoring-engine/pom.xml test-compile exec:exec@benchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class ScoringBenchmark {

	static final String ANSWER = "First I would confirm who is calling by checking two identifiers, the patient's "
			+ "full name and date of birth, and ask how she is related to the patient. Then I would look in Epic for "
			+ "a signed HIPAA authorization or personal-representative paperwork naming the daughter. If there is "
			+ "one, I release only the minimum necessary: the requested lab results and nothing more. If there is not, I explain kindly "
			+ "how she can submit an authorization and that we answer requests within 30 days. Finally I log the "
			+ "disclosure in our ROI system so it shows up in the accounting of disclosures.";

	private ScoringEngine engine;

	private ScorableQuestion question;

	@Setup
	public void loadModelAndWarmRubricCache() {
		this.engine = ScoringEngine.withBundledModel();
		this.question = SampleQuestions.recordsRequest();
		this.engine.score(this.question, ANSWER);
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public ScoreReport latency() {
		return this.engine.score(this.question, ANSWER);
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public ScoreReport throughput() {
		return this.engine.score(this.question, ANSWER);
	}

}

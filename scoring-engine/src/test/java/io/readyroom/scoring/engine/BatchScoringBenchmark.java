package io.readyroom.scoring.engine;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A batch of distinct realistic answers ({@link BankAnswers}) to the bank's questions,
 * scored one by one with {@link ScoringEngine#score} and together with
 * {@link ScoringEngine#scoreAll}: time per batch. The questions' rubrics are prepared in
 * {@code @Setup}, as they are in a running service. Run it with
 * {@code ./mvnw -f scoring-engine/pom.xml test-compile exec:exec@benchmark -Djmh.args=BatchScoringBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BatchScoringBenchmark {

	@Param({ "50", "200" })
	public int batchSize;

	private ScoringEngine engine;

	private List<AnswerToScore> batch;

	@Setup
	public void loadModelAndPrepareTheQuestions() {
		this.engine = ScoringEngine.withBundledModel();
		this.batch = BankAnswers.distinct(this.batchSize);
		this.engine.scoreAll(this.batch);
	}

	@Benchmark
	public void oneByOne(Blackhole reports) {
		for (AnswerToScore answer : this.batch) {
			reports.consume(this.engine.score(answer.question(), answer.answer()));
		}
	}

	@Benchmark
	public List<ScoreReport> inOneBatch() {
		return this.engine.scoreAll(this.batch);
	}

}

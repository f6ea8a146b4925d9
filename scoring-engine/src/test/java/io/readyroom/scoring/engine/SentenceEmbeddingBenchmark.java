package io.readyroom.scoring.engine;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.readyroom.scoring.engine.meaning.OnnxSentenceEmbedder;
import io.readyroom.scoring.engine.meaning.PaddedBatchEmbedder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sentences of 100 {@link BankAnswers} (a poll's worth) embedded one inference per
 * sentence, as shipped ({@code oneInferencePerSentence}), and in padded batches of
 * {@code batch} sentences ({@code paddedBatches}, evaluation only: see
 * {@link PaddedBatchDrift} for what it does to the vectors). Time per 100 answers.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SentenceEmbeddingBenchmark {

	@Param({ "8", "32" })
	public int batch;

	private List<String> sentences;

	private PaddedBatchEmbedder padded;

	@Setup(Level.Trial)
	public void collectTheSentences() {
		this.sentences = PaddedBatchDrift.sentencesOf(BankAnswers.distinct(100));
		this.padded = new PaddedBatchEmbedder(this.batch);
	}

	@TearDown(Level.Trial)
	public void close() throws Exception {
		this.padded.close();
	}

	@Benchmark
	public List<float[]> oneInferencePerSentence() {
		return OnnxSentenceEmbedder.shared().embedAll(this.sentences);
	}

	@Benchmark
	public List<float[]> paddedBatches() {
		return this.padded.embedAll(this.sentences);
	}

}

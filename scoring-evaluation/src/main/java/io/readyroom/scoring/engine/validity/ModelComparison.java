package io.readyroom.scoring.engine.validity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.readyroom.scoring.engine.meaning.BundledModel;
import io.readyroom.scoring.engine.meaning.OnnxSentenceEmbedder;
import io.readyroom.scoring.engine.meaning.SentenceEmbedder;

/**
 * Compares the {@link BundledModel}s on development data only: the SemEval-2013 Task 7
 * <em>training</em> splits. For each model it reports how well the cosine between a
 * student answer and its closest reference answer separates what graders called correct
 * from incorrect (2-way) and from contradictory (3-way), and how long one sentence takes
 * to embed on one thread.
 *
 * <p>
 * Evaluation only; run with the test classpath, where the models other than MiniLM are:
 * {@code ./mvnw -f scoring-engine/pom.xml compile exec:exec@models}. Usage:
 * {@code ModelComparison [path/to/semeval-3way.zip] [MODEL ...]}.
 */
public final class ModelComparison {

	private static final List<String> CORPORA = List.of("sciEntsBank", "beetle");

	private static final int WARM_UP = 50;

	private static final int SHORT_SENTENCES = 300;

	private static final int LONG_REPEATS = 100;

	private static final int ROUNDS = 3;

	/**
	 * MiniLM cut-offs the engine has used: meaning met and partial (scorer 1.0.0),
	 * off-topic; printed at each model's matching quantile to show how the scales differ.
	 */
	private static final List<Double> ENGINE_THRESHOLDS = List.of(0.72, 0.60, 0.30);

	/** 25 words, an interview-style sentence. */
	static final String LONG_SENTENCE = "I checked the patient's identity against two identifiers, confirmed the request "
			+ "was authorised, released only the minimum necessary records and logged the disclosure.";

	private ModelComparison() {
	}

	public static void main(String[] args) {
		Path zip = Path.of(args.length > 0 ? args[0] : "../shared/datasets/semeval2013-task7/semeval-3way.zip");
		List<BundledModel> models = args.length > 1
				? List.of(args).subList(1, args.length).stream().map(BundledModel::valueOf).toList()
				: List.of(BundledModel.values());
		SemEvalCorpus corpus = new SemEvalCorpus(zip);
		Map<String, List<SemEvalQuestion>> training = new LinkedHashMap<>();
		CORPORA.forEach((name) -> training.put(name, corpus.questions(name, "training")));
		List<String> shortSentences = shortSentences(training.get("sciEntsBank"));

		Map<BundledModel, OnnxSentenceEmbedder> embedders = new LinkedHashMap<>();
		Map<BundledModel, Double> loadSeconds = new LinkedHashMap<>();
		for (BundledModel model : models) {
			long started = System.nanoTime();
			embedders.put(model, OnnxSentenceEmbedder.load(model));
			loadSeconds.put(model, (System.nanoTime() - started) / 1e9);
		}
		Map<BundledModel, double[]> speed = speed(embedders, shortSentences);
		List<ModelFigures> figures = new ArrayList<>();
		for (BundledModel model : models) {
			double[] millis = speed.get(model);
			figures.add(measure(embedders.get(model), training, jarMegabytes(model), loadSeconds.get(model), millis));
		}
		print(figures);
	}

	/**
	 * Median milliseconds per short answer and per 25-word sentence after a warm-up, as
	 * CPU time of the calling thread (ONNX Runtime with one intra-op thread computes on
	 * it) and as wall time: {@code {cpuShort, cpuLong, wallShort, wallLong}}. CPU time is
	 * what a sentence costs; wall time also counts waiting for a core on a shared
	 * machine. The models take turns over {@link #ROUNDS} rounds and each keeps its
	 * lowest figures.
	 */
	private static Map<BundledModel, double[]> speed(Map<BundledModel, OnnxSentenceEmbedder> embedders,
			List<String> shortSentences) {
		embedders.values().forEach((e) -> shortSentences.subList(0, WARM_UP).forEach(e::embed));
		Map<BundledModel, double[]> fastest = new LinkedHashMap<>();
		for (int round = 0; round < ROUNDS; round++) {
			for (var entry : embedders.entrySet()) {
				double[] shortMs = medianMillis(entry.getValue(),
						shortSentences.subList(WARM_UP, shortSentences.size()));
				double[] longMs = medianMillis(entry.getValue(), Collections.nCopies(LONG_REPEATS, LONG_SENTENCE));
				double[] figures = { shortMs[0], longMs[0], shortMs[1], longMs[1] };
				fastest.merge(entry.getKey(), figures, (a, b) -> {
					double[] lowest = new double[a.length];
					Arrays.setAll(lowest, (i) -> Math.min(a[i], b[i]));
					return lowest;
				});
			}
		}
		return fastest;
	}

	private static ModelFigures measure(OnnxSentenceEmbedder embedder, Map<String, List<SemEvalQuestion>> training,
			double jarMegabytes, double loadSeconds, double[] millis) {
		BundledModel model = embedder.bundledModel();
		Map<String, Separation> twoWay = new LinkedHashMap<>();
		Map<String, Separation> contradiction = new LinkedHashMap<>();
		List<Double> all = new ArrayList<>();
		long embedding = System.nanoTime();
		for (var entry : training.entrySet()) {
			List<LabelledCosine> cosines = cosines(entry.getValue(), new CachingEmbedder(embedder));
			cosines.forEach((c) -> all.add(c.cosine()));
			twoWay.put(entry.getKey(),
					separate(cosines, (c) -> c.twoWay().equals("correct"), (c) -> c.twoWay().equals("incorrect")));
			contradiction.put(entry.getKey(), separate(cosines, (c) -> c.threeWay().equals("correct"),
					(c) -> c.threeWay().equals("contradictory")));
		}
		System.err.printf(Locale.ROOT, "%s: loaded in %.1f s, training splits embedded in %.0f s%n", model, loadSeconds,
				(System.nanoTime() - embedding) / 1e9);
		return new ModelFigures(model, jarMegabytes, loadSeconds, millis[0], millis[1], millis[2], millis[3], twoWay,
				contradiction, all.stream().mapToDouble(Double::doubleValue).sorted().toArray());
	}

	/** Distinct student answers in corpus order: short sentences of the kind scored. */
	private static List<String> shortSentences(List<SemEvalQuestion> questions) {
		Set<String> distinct = new LinkedHashSet<>();
		questions.forEach((q) -> q.answers().forEach((a) -> distinct.add(a.text())));
		return List.copyOf(distinct).subList(0, WARM_UP + SHORT_SENTENCES);
	}

	/** Median {cpu, wall} milliseconds per sentence. */
	private static double[] medianMillis(SentenceEmbedder embedder, List<String> sentences) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<Double> cpu = new ArrayList<>();
		List<Double> wall = new ArrayList<>();
		for (String sentence : sentences) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long wallStart = System.nanoTime();
			embedder.embed(sentence);
			wall.add((System.nanoTime() - wallStart) / 1e6);
			cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
		}
		return new double[] { Separation.median(cpu), Separation.median(wall) };
	}

	private static List<LabelledCosine> cosines(List<SemEvalQuestion> questions, SentenceEmbedder embedder) {
		List<LabelledCosine> cosines = new ArrayList<>();
		for (SemEvalQuestion question : questions) {
			List<float[]> references = embedder.embedAll(question.references());
			for (LabelledAnswer answer : question.answers()) {
				float[] vector = embedder.embed(answer.text());
				double closest = references.stream()
					.mapToDouble((r) -> SentenceEmbedder.similarity(vector, r))
					.max()
					.orElseThrow();
				cosines.add(new LabelledCosine(closest, answer.twoWay(), answer.threeWay()));
			}
		}
		return cosines;
	}

	private static Separation separate(List<LabelledCosine> cosines, Predicate<LabelledCosine> positive,
			Predicate<LabelledCosine> negative) {
		return Separation.of(cosines.stream().filter(positive).map(LabelledCosine::cosine).toList(),
				cosines.stream().filter(negative).map(LabelledCosine::cosine).toList());
	}

	private static double jarMegabytes(BundledModel model) {
		URL url = OnnxSentenceEmbedder.class.getResource(model.modelResource());
		if (url == null || !url.getProtocol().equals("jar")) {
			return Double.NaN;
		}
		String path = url.getPath();
		try {
			return Files.size(Path.of(URI.create(path.substring(0, path.indexOf("!/"))))) / 1e6;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void print(List<ModelFigures> figures) {
		System.out.println("| model | jar MB | load s | CPU ms / short answer | CPU ms / 25 words "
				+ "| wall ms / short answer | wall ms / 25 words |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (ModelFigures f : figures) {
			System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f |%n", f.model(),
					f.jarMegabytes(), f.loadSeconds(), f.shortMs(), f.longMs(), f.shortWallMs(), f.longWallMs());
		}
		System.out.println();
		System.out.println("| model | SciEntsBank 2-way AUC / r | Beetle 2-way AUC / r "
				+ "| SciEntsBank correct vs contradictory AUC / r | Beetle correct vs contradictory AUC / r "
				+ "| median cosine correct / incorrect (SciEntsBank; Beetle) |");
		System.out.println("|---|---|---|---|---|---|");
		for (ModelFigures f : figures) {
			System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f / %.2f; %.2f / %.2f |%n", f.model(),
					auc(f.twoWay().get("sciEntsBank")), auc(f.twoWay().get("beetle")),
					auc(f.contradiction().get("sciEntsBank")), auc(f.contradiction().get("beetle")),
					f.twoWay().get("sciEntsBank").positiveMedian(), f.twoWay().get("sciEntsBank").negativeMedian(),
					f.twoWay().get("beetle").positiveMedian(), f.twoWay().get("beetle").negativeMedian());
		}
		ModelFigures baseline = figures.get(0);
		System.out.println();
		System.out.println("| model | mean 2-way AUC | mean contradiction AUC | (2-way AUC - 0.5) per CPU ms "
				+ "| 2-way AUC gain over " + baseline.model() + " | extra CPU ms | gain per extra CPU ms |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (ModelFigures f : figures) {
			double gain = f.meanTwoWayAuc() - baseline.meanTwoWayAuc();
			double extraMs = f.shortMs() - baseline.shortMs();
			System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %+.3f | %+.2f | %s |%n", f.model(),
					f.meanTwoWayAuc(), f.meanContradictionAuc(), (f.meanTwoWayAuc() - 0.5) / f.shortMs(), gain, extraMs,
					f == baseline ? "—" : String.format(Locale.ROOT, "%+.4f", gain / extraMs));
		}
		printMatchedThresholds(baseline, figures);
		Map<String, Separation> counts = baseline.twoWay();
		System.out.printf(Locale.ROOT,
				"%nanswers (2-way correct/incorrect): SciEntsBank %d/%d, Beetle %d/%d; "
						+ "(3-way correct/contradictory): SciEntsBank %d/%d, Beetle %d/%d%n",
				counts.get("sciEntsBank").positives(), counts.get("sciEntsBank").negatives(),
				counts.get("beetle").positives(), counts.get("beetle").negatives(),
				baseline.contradiction().get("sciEntsBank").positives(),
				baseline.contradiction().get("sciEntsBank").negatives(),
				baseline.contradiction().get("beetle").positives(), baseline.contradiction().get("beetle").negatives());
	}

	private static String auc(Separation separation) {
		return String.format(Locale.ROOT, "%.3f / %.3f", separation.auc(), separation.pointBiserial());
	}

	private record LabelledCosine(double cosine, String twoWay, String threeWay) {

	}

	/**
	 * Each model's cosine at the same quantile (over all training answers) as the
	 * engine's MiniLM thresholds: where to start recalibrating if the model is switched.
	 */
	private static void printMatchedThresholds(ModelFigures baseline, List<ModelFigures> figures) {
		System.out.println();
		System.out
			.println("| model | cosine at the quantile of " + baseline.model() + " "
					+ String.join(" / ",
							ENGINE_THRESHOLDS.stream().map((t) -> String.format(Locale.ROOT, "%.2f", t)).toList())
					+ " |");
		System.out.println("|---|---|");
		for (ModelFigures f : figures) {
			List<String> matched = ENGINE_THRESHOLDS.stream().map((t) -> {
				double share = (double) Math.abs(Arrays.binarySearch(baseline.sortedCosines(), t) + 1)
						/ baseline.sortedCosines().length;
				int index = (int) Math.min(f.sortedCosines().length - 1, Math.round(share * f.sortedCosines().length));
				return String.format(Locale.ROOT, "%.2f (q %.2f)", f.sortedCosines()[index], share);
			}).toList();
			System.out.printf(Locale.ROOT, "| %s | %s |%n", f.model(), String.join(" / ", matched));
		}
	}

	private record ModelFigures(BundledModel model, double jarMegabytes, double loadSeconds, double shortMs,
			double longMs, double shortWallMs, double longWallMs, Map<String, Separation> twoWay,
			Map<String, Separation> contradiction, double[] sortedCosines) {

		double meanTwoWayAuc() {
			return this.twoWay.values().stream().mapToDouble(Separation::auc).average().orElseThrow();
		}

		double meanContradictionAuc() {
			return this.contradiction.values().stream().mapToDouble(Separation::auc).average().orElseThrow();
		}

	}

}

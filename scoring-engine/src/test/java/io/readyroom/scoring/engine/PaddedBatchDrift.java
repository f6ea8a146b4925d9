package io.readyroom.scoring.engine;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.scoring.engine.meaning.OnnxSentenceEmbedder;
import io.readyroom.scoring.engine.meaning.PaddedBatchEmbedder;
import io.readyroom.scoring.engine.meaning.SentenceEmbedder;

/**
 * Evaluation only: how far batched ONNX inference ({@link PaddedBatchEmbedder}) moves
 * sentence vectors and scores from the shipped one-sentence runs, on {@link BankAnswers}.
 * The bundled model is dynamically quantized (int8, one scale per tensor), so a padded
 * batch's vectors depend on the other sentences in it: this prints how much. Run with
 * {@code java -cp … io.readyroom.scoring.engine.PaddedBatchDrift
 * [answers]}.
 */
public final class PaddedBatchDrift {

	private PaddedBatchDrift() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		List<AnswerToScore> answers = BankAnswers.distinct(count);
		SentenceEmbedder single = OnnxSentenceEmbedder.shared();
		List<String> sentences = sentencesOf(answers);
		List<ScoreReport> shipped = new ScoringEngine(single).scoreAll(answers);
		List<float[]> alone = single.embedAll(sentences);
		System.out.printf("%d answers, %d sentences%n", answers.size(), sentences.size());
		System.out.println("batch | max 1-cos | mean 1-cos | scores changed | max |score change| | reports changed");
		for (int batch : new int[] { 1, 8, 32 }) {
			try (PaddedBatchEmbedder padded = new PaddedBatchEmbedder(batch)) {
				List<float[]> batched = padded.embedAll(sentences);
				double max = 0;
				double sum = 0;
				for (int i = 0; i < sentences.size(); i++) {
					double distance = 1 - SentenceEmbedder.similarity(alone.get(i), batched.get(i));
					max = Math.max(max, distance);
					sum += distance;
				}
				List<ScoreReport> reports = new ScoringEngine(padded).scoreAll(answers);
				int scoresChanged = 0;
				int maxChange = 0;
				int reportsChanged = 0;
				for (int i = 0; i < reports.size(); i++) {
					int change = Math.abs(reports.get(i).score() - shipped.get(i).score());
					scoresChanged += (change > 0) ? 1 : 0;
					maxChange = Math.max(maxChange, change);
					reportsChanged += reports.get(i).equals(shipped.get(i)) ? 0 : 1;
				}
				System.out.printf("%5d | %.2e | %.2e | %d | %d | %d%n", batch, max, sum / sentences.size(),
						scoresChanged, maxChange, reportsChanged);
			}
		}
	}

	/** The sentences the engine embeds for these answers, as it passes them on. */
	static List<String> sentencesOf(List<AnswerToScore> answers) {
		List<String> seen = new ArrayList<>();
		SentenceEmbedder recording = new SentenceEmbedder() {
			@Override
			public float[] embed(String sentence) {
				return new float[384];
			}

			@Override
			public List<float[]> embedAll(List<String> sentences) {
				seen.addAll(sentences);
				return SentenceEmbedder.super.embedAll(sentences);
			}
		};
		ScoringEngine engine = new ScoringEngine(recording);
		// prepares every question first: their rubrics' sentences are embedded once per
		// question, not per answer
		engine.scoreAll(answers);
		seen.clear();
		answers.forEach((answer) -> engine.scoreAll(List.of(answer)));
		return List.copyOf(seen);
	}

}

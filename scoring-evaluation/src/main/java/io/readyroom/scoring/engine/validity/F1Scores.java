package io.readyroom.scoring.engine.validity;

import java.util.List;
import java.util.TreeSet;

/**
 * F1 per class, averaged two ways: weighted by each class's share of the gold labels (the
 * SemEval-2013 headline measure) and unweighted (macro).
 */
public record F1Scores(double weighted, double macro, double accuracy) {

	public static F1Scores of(List<String> gold, List<String> predicted) {
		if (gold.size() != predicted.size() || gold.isEmpty()) {
			throw new IllegalArgumentException("need as many predictions as gold labels, and at least one");
		}
		double weighted = 0;
		double macro = 0;
		TreeSet<String> classes = new TreeSet<>(gold);
		for (String label : classes) {
			int truePositives = 0;
			int predictedCount = 0;
			int goldCount = 0;
			for (int i = 0; i < gold.size(); i++) {
				boolean isGold = gold.get(i).equals(label);
				boolean isPredicted = predicted.get(i).equals(label);
				goldCount += isGold ? 1 : 0;
				predictedCount += isPredicted ? 1 : 0;
				truePositives += (isGold && isPredicted) ? 1 : 0;
			}
			double precision = (predictedCount == 0) ? 0 : (double) truePositives / predictedCount;
			double recall = (double) truePositives / goldCount;
			double f1 = (precision + recall == 0) ? 0 : 2 * precision * recall / (precision + recall);
			weighted += f1 * goldCount / gold.size();
			macro += f1 / classes.size();
		}
		long correct = java.util.stream.IntStream.range(0, gold.size())
			.filter((i) -> gold.get(i).equals(predicted.get(i)))
			.count();
		return new F1Scores(weighted, macro, (double) correct / gold.size());
	}

}

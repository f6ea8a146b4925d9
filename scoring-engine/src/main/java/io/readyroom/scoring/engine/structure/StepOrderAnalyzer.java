package io.readyroom.scoring.engine.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.readyroom.contracts.Verdict;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;

/**
 * Reads the rubric's criteria as steps in order and checks the answer tells the steps it
 * covers in that order, by where each step's evidence starts.
 */
public final class StepOrderAnalyzer {

	/**
	 * @param outcomes criterion outcomes in rubric order
	 */
	public StepOrder analyze(List<CriterionOutcome> outcomes) {
		List<Integer> covered = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			if (outcomes.get(i).verdict() == Verdict.MISSED) {
				missing.add(outcomes.get(i).criterionId());
			}
			else {
				covered.add(i);
			}
		}
		List<Integer> told = new ArrayList<>(covered);
		told.sort(Comparator.comparingInt((Integer i) -> outcomes.get(i).evidenceStart()).thenComparing((i) -> i));
		List<String> outOfOrder = new ArrayList<>();
		int furthest = -1;
		for (int step : told) {
			if (step < furthest) {
				outOfOrder.add(outcomes.get(step).criterionId());
			}
			furthest = Math.max(furthest, step);
		}
		List<String> found = told.stream().map((i) -> outcomes.get(i).criterionId()).toList();
		return new StepOrder(true, found, missing, outOfOrder.isEmpty(), outOfOrder);
	}

}

package io.readyroom.scoring.engine.structure;

import java.util.List;

/**
 * The process steps (criterion ids) an ordered-steps answer covers, in the order the
 * answer tells them, the steps it leaves out, and whether the covered steps keep the
 * rubric's order. {@code applies} is false for other rubrics.
 */
public record StepOrder(boolean applies, List<String> stepsFound, List<String> stepsMissing, boolean inOrder,
		List<String> outOfOrder) {

	public StepOrder {
		stepsFound = List.copyOf(stepsFound);
		stepsMissing = List.copyOf(stepsMissing);
		outOfOrder = List.copyOf(outOfOrder);
	}

	public static StepOrder notApplicable() {
		return new StepOrder(false, List.of(), List.of(), true, List.of());
	}

	/** 1 when every step is there in order; order problems halve the credit. */
	public double quality() {
		int total = this.stepsFound.size() + this.stepsMissing.size();
		if (total == 0) {
			return 0;
		}
		double coverage = (double) this.stepsFound.size() / total;
		return this.inOrder ? coverage : coverage / 2;
	}

}

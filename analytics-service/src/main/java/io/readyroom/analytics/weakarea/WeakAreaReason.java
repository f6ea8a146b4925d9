package io.readyroom.analytics.weakarea;

import java.util.List;

import io.readyroom.analytics.weakarea.WeakArea.MissedKeyPoint;
import io.readyroom.bank.CompetencyModel.Requirement;

/** Says in one sentence why a competency is weak. */
final class WeakAreaReason {

	private WeakAreaReason() {
	}

	static String of(Double mastery, int answers, Requirement requirement, List<MissedKeyPoint> missed) {
		String standing;
		if (mastery == null) {
			standing = "Not practised yet; " + requirement.threshold() + " needed";
		}
		else if (mastery < requirement.threshold()) {
			standing = "Mastery " + mastery + " is below the " + requirement.threshold() + " needed";
		}
		else {
			standing = "Mastery " + mastery + " reaches " + requirement.threshold() + " but rests on " + answers
					+ " of the " + requirement.minAnswers() + " answers needed";
		}
		if (missed.isEmpty()) {
			return standing + ".";
		}
		return standing + "; missed most: " + withoutFinalStop(missed.get(0).description()) + ".";
	}

	/** A description is a sentence of its own; the reason ends it once. */
	private static String withoutFinalStop(String description) {
		return description.replaceFirst("[.\\s]+$", "");
	}

}

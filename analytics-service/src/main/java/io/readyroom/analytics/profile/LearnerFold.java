package io.readyroom.analytics.profile;

import java.util.List;

import io.readyroom.analytics.profile.ScoreFold.PendingFold;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One fold of a learner's changed answers, prepared from the profile and answers as read:
 * the totals after it, and the answers it changed with what they count for now. It is
 * written only if the profile still holds the fold it was prepared on.
 *
 * @param readSeq the number of the fold the profile held when read, 0 for none
 */
record LearnerFold(String learnerId, long readSeq, ScoreTotals totals, PendingFold pending) {

	boolean changesNothing() {
		return this.pending.answers().isEmpty();
	}

	/** Whether the profile had no running totals, so this fold may create them. */
	boolean creating() {
		return this.readSeq == 0;
	}

	/** Matches the profile only while it holds the fold this one was prepared on. */
	Query unchanged() {
		Criteria learner = Criteria.where("_id").is(this.learnerId);
		return Query
			.query(creating() ? learner.and("scoreFold").exists(false) : learner.and("scoreFold.seq").is(this.readSeq));
	}

	Update update() {
		return this.totals.writeTo(new Update())
			.set("scoreFold.seq", this.pending.seq())
			.set("scoreFold.pending", this.pending)
			.setOnInsert("sessionsStarted", 0)
			.setOnInsert("sessionsCompleted", 0)
			.setOnInsert("sessionWeeks", List.of());
	}

}

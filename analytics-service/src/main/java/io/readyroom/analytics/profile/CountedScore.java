package io.readyroom.analytics.profile;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The mark a fold leaves on a scored answer (field {@code counted} of
 * {@code scored_answers}): what the learner's running totals count the answer for, and
 * the fold that made them count it so.
 *
 * @param counted {@code null} while no fold counted the answer
 */
@Document("scored_answers")
record CountedScore(@Id String answerId, Counted counted) {

	/** What the totals count the answer for, as of the fold numbered {@code fold}. */
	record Counted(long fold, AnswerContribution contribution) {

	}

}

package io.readyroom.scoring.answer;

import io.readyroom.contracts.AnswerSubmitted;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An answer as the scorer received it, kept so history can be re-scored under a new
 * rubric. Once the program's retention period has removed the text from its event
 * ({@code answerTextRemoved}), it cannot be scored again and is never read back.
 */
@Document("received_answers")
record ReceivedAnswer(@Id String answerId, @Indexed String questionId, AnswerSubmitted event,
		boolean answerTextRemoved) {

	static ReceivedAnswer of(AnswerSubmitted event) {
		return new ReceivedAnswer(event.answerId(), event.questionId(), event, false);
	}

}

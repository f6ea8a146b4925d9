package io.readyroom.session.answer;

import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AnswerController {

	private final AnswerSubmissions submissions;

	AnswerController(AnswerSubmissions submissions) {
		this.submissions = submissions;
	}

	/**
	 * 202 once the answer is stored and safely in Kafka (scoring follows asynchronously).
	 * A resend of the same answer id and answer gets the same 202 and body, and finishes
	 * what an interrupted earlier attempt left undone; it is counted once. 404 for a
	 * session that is not the caller's.
	 */
	@PostMapping("/api/sessions/{sessionId}/answers")
	ResponseEntity<AnswerReceipt> submit(@PathVariable String sessionId,
			@Valid @RequestBody SubmitAnswerRequest request, Caller caller) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(this.submissions.submit(caller, sessionId, request.answerId(), request.questionId(), request.text(),
					request.answeredAt()));
	}

}

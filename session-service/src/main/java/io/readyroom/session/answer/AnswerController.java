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
	 * 202 once the answer is safely in Kafka (scoring follows asynchronously); 200 when
	 * the same answer id and answer were accepted before; 404 for a session that is not
	 * the caller's.
	 */
	@PostMapping("/api/sessions/{sessionId}/answers")
	ResponseEntity<AnswerReceipt> submit(@PathVariable String sessionId,
			@Valid @RequestBody SubmitAnswerRequest request, Caller caller) {
		Submission submission = this.submissions.submit(caller, sessionId, request.answerId(), request.questionId(),
				request.text(), request.answeredAt());
		HttpStatus status = submission.replay() ? HttpStatus.OK : HttpStatus.ACCEPTED;
		return ResponseEntity.status(status).body(AnswerReceipt.accepted(submission));
	}

}

package io.readyroom.session.erasure;

import java.net.URI;
import java.util.List;

import io.readyroom.session.practice.Ids;
import io.readyroom.session.erasure.LearnerErasures.RequestedErasure;
import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's erasures: asking for one answers 202 with a new receipt, or 200 with the
 * receipt an earlier request for the same learner got; the receipt says when every
 * service has erased the learner.
 */
@RestController
@Validated
@RequestMapping("/api/programs/{programId}/erasures")
class ErasureController {

	private final LearnerErasures erasures;

	ErasureController(LearnerErasures erasures) {
		this.erasures = erasures;
	}

	@PostMapping
	ResponseEntity<ErasureReceiptView> erase(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@Valid @RequestBody ErasureRequest request, Caller caller) {
		RequestedErasure erasure = this.erasures.request(caller, programId, request.learnerId());
		ErasureReceipt receipt = erasure.receipt();
		return ResponseEntity.status(erasure.started() ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.location(URI.create("/api/programs/" + programId + "/erasures/" + receipt.erasureId()))
			.body(ErasureReceiptView.of(receipt));
	}

	@GetMapping
	List<ErasureReceiptView> list(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId, Caller caller) {
		return this.erasures.receipts(caller, programId).stream().map(ErasureReceiptView::of).toList();
	}

	@GetMapping("/{erasureId}")
	ErasureReceiptView find(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@PathVariable @Pattern(regexp = Ids.PATTERN) String erasureId, Caller caller) {
		return ErasureReceiptView.of(this.erasures.receipt(caller, programId, erasureId));
	}

}

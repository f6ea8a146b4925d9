package io.readyroom.analytics.xapi;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.readyroom.analytics.AnalyticsProblems;
import io.readyroom.problems.Problems;
import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

/**
 * A program's learning record store, for its directors and admins: set it (statements are
 * sent from then on), read it with how delivery stands, remove it (what was not sent is
 * dropped), and the statements it did not take, which go again on request.
 */
@RestController
@RequestMapping("/api/programs/{programId}/lrs")
class LrsController {

	private static final int MOST_DEAD_LETTERS = 500;

	private final LearningRecordStores stores;

	private final StatementOutbox outbox;

	private final Clock clock = Clock.systemUTC();

	LrsController(LearningRecordStores stores, StatementOutbox outbox) {
		this.stores = stores;
		this.outbox = outbox;
	}

	@PutMapping
	LrsView set(@PathVariable String programId, @Valid @RequestBody LrsSettingsRequest request, Caller caller) {
		requireManager(caller, programId);
		LrsSettings settings = request.settingsOf(programId, caller.id(), this.clock.instant());
		this.stores.save(settings);
		return LrsView.of(settings, this.outbox.counts(programId));
	}

	@GetMapping
	LrsView get(@PathVariable String programId, Caller caller) {
		requireManager(caller, programId);
		return this.stores.of(programId)
			.map((settings) -> LrsView.of(settings, this.outbox.counts(programId)))
			.orElseThrow(() -> noLrs(programId));
	}

	@DeleteMapping
	ResponseEntity<Void> remove(@PathVariable String programId, Caller caller) {
		requireManager(caller, programId);
		if (!this.stores.remove(programId)) {
			throw noLrs(programId);
		}
		this.outbox.dropUnsent(programId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/dead-letters")
	List<DeadLetter> deadLetters(@PathVariable String programId, @RequestParam(defaultValue = "100") int limit,
			Caller caller) {
		requireManager(caller, programId);
		if (limit < 1 || limit > MOST_DEAD_LETTERS) {
			throw AnalyticsProblems.invalid("limit must be from 1 to " + MOST_DEAD_LETTERS + " but was " + limit + ".");
		}
		return this.outbox.deadLetters(programId, limit).stream().map(DeadLetter::of).toList();
	}

	@PostMapping("/dead-letters/retry")
	Map<String, Long> retryDeadLetters(@PathVariable String programId, Caller caller) {
		requireManager(caller, programId);
		return Map.of("requeued", this.outbox.requeueDead(programId));
	}

	private static void requireManager(Caller caller, String programId) {
		if (!caller.managesProgram(programId)) {
			throw AnalyticsProblems.programRefused(programId, "manages its learning record store");
		}
	}

	private static ErrorResponseException noLrs(String programId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "no-lrs", "No learning record store",
				"Program '" + programId + "' has no LRS set; PUT its endpoint, username and password first.");
	}

}

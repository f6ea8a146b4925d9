package io.readyroom.session.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.readyroom.contracts.LearnerErasureCompleted;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The stored receipts. Each service's completion is set on the receipt by upsert, so it
 * counts even when it arrives before session-service has stored the receipt it belongs
 * to.
 */
@Component
class ErasureReceipts {

	private final MongoTemplate mongo;

	ErasureReceipts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<ErasureReceipt> find(String programId, String erasureId) {
		return Optional.ofNullable(this.mongo.findById(erasureId, ErasureReceipt.class))
			.filter((receipt) -> programId.equals(receipt.programId()));
	}

	/** The program's receipts, newest first. */
	List<ErasureReceipt> of(String programId) {
		return this.mongo.find(Query.query(Criteria.where("programId").is(programId))
			.with(Sort.by(Sort.Direction.DESC, "requestedAt")), ErasureReceipt.class);
	}

	ErasureReceipt started(String erasureId, String programId, String requestedBy, Instant requestedAt, String service,
			long recordsRemoved) {
		Update update = Update.update("requestedBy", requestedBy)
			.set("requestedAt", requestedAt)
			.set("services." + service, new ErasureReceipt.ServiceErasure(requestedAt, recordsRemoved));
		return upsert(erasureId, programId, update);
	}

	void completed(LearnerErasureCompleted completed) {
		upsert(completed.erasureId(), completed.programId(), Update.update("services." + completed.service(),
				new ErasureReceipt.ServiceErasure(completed.occurredAt(), completed.recordsRemoved())));
	}

	private ErasureReceipt upsert(String erasureId, String programId, Update update) {
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(erasureId)),
				update.setOnInsert("programId", programId), FindAndModifyOptions.options().upsert(true).returnNew(true),
				ErasureReceipt.class);
	}

}

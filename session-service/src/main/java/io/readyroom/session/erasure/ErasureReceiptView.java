package io.readyroom.session.erasure;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A receipt as the program reads it: {@code status} is {@code complete} once every
 * service has erased the learner, {@code in-progress} until then, and each service's line
 * says whether and when it has.
 */
record ErasureReceiptView(String erasureId, String programId, String status, String requestedBy, Instant requestedAt,
		List<ServiceLine> services) {

	static ErasureReceiptView of(ErasureReceipt receipt) {
		List<ServiceLine> lines = ErasureReceipt.SERVICES.stream().map((service) -> {
			ErasureReceipt.ServiceErasure done = receipt.services().get(service);
			return (done != null) ? new ServiceLine(service, true, done.completedAt(), done.recordsRemoved())
					: new ServiceLine(service, false, null, null);
		}).toList();
		return new ErasureReceiptView(receipt.erasureId(), receipt.programId(),
				receipt.isComplete() ? "complete" : "in-progress", receipt.requestedBy(), receipt.requestedAt(), lines);
	}

	record ServiceLine(String service, boolean erased, @Nullable Instant completedAt, @Nullable Long recordsRemoved) {

	}

}

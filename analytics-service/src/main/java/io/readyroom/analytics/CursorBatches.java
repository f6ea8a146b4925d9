package io.readyroom.analytics;

import org.springframework.data.mongodb.core.query.Query;

/**
 * The batch size of every cursor over many read-model documents. The embedded store does
 * not cap a reply by size the way MongoDB does: without a batch size its first reply
 * carries the whole result, and past 48 MB (10,000 profiles of a few answers each) the
 * driver refuses it. Small batches also keep memory flat while streaming.
 */
public final class CursorBatches {

	public static final int SIZE = 500;

	private CursorBatches() {
	}

	public static Query sized(Query query) {
		return query.cursorBatchSize(SIZE);
	}

}

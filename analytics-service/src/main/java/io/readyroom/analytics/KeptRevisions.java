package io.readyroom.analytics;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keeps the highest revision of a document published whole with a revision (a cohort, an
 * enrolment, an assignment, a review) with one conditional write instead of a read and a
 * save: the stored document is replaced only while its revision is lower, and a document
 * not stored yet is inserted. Two consumers handling the same record at once (one about
 * to lose its partition, one just given it) can then never put an older revision back.
 */
public final class KeptRevisions {

	private KeptRevisions() {
	}

	/**
	 * @param revisionField the stored document's revision, a path such as
	 * {@code review.revision} where it is nested
	 * @return whether the document is now the one stored; false when the stored one had
	 * this revision or a higher one
	 */
	public static boolean keep(MongoTemplate mongo, Object id, Object document, String revisionField, long revision) {
		Query lower = Query.query(Criteria.where("_id")
			.is(id)
			.orOperator(Criteria.where(revisionField).lt(revision), Criteria.where(revisionField).exists(false)));
		try {
			// the store inserts when nothing matches, and refuses the insert when a
			// document of the id is there with this revision or a higher one
			mongo.replace(lower, document, ReplaceOptions.replaceOptions().upsert());
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}

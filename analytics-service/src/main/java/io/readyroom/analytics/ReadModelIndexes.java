package io.readyroom.analytics;

import java.util.List;

import io.readyroom.analytics.activity.PracticeActivity;
import io.readyroom.analytics.assignment.Assignment;
import io.readyroom.analytics.cohort.CohortDashboard;
import io.readyroom.analytics.membership.Enrolment;
import io.readyroom.analytics.membership.ProgramCohort;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.score.ScoredAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes the read models' queries need, before the Kafka listeners start.
 * Declared here rather than with {@code @Indexed}, because Spring Data creates annotated
 * indexes only with auto-index creation, which is off by default; creating an index that
 * exists is a no-op. The embedded store accepts and lists these indexes but does not use
 * them (it indexes {@code _id} only), which is why the per-event reads go by id.
 */
@Component
class ReadModelIndexes implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ReadModelIndexes.class);

	private final MongoTemplate mongo;

	ReadModelIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Each index with the queries it serves. */
	static List<ReadModelIndex> all() {
		return List.of(
				// date-range exports of a cohort or a program, one learner after another
				ReadModelIndex.of(ScoredAnswer.class, "cohortId", "learnerId", "submittedAt"),
				ReadModelIndex.of(ScoredAnswer.class, "programId", "learnerId", "submittedAt"),
				// the reviewed answers of a cohort or a program, for the agreement report
				ReadModelIndex.of(ScoredAnswer.class, "cohortId", "review.revision"),
				ReadModelIndex.of(ScoredAnswer.class, "programId", "review.revision"),
				ReadModelIndex.of(PracticeActivity.class, "cohortId", "learnerId"),
				ReadModelIndex.of(PracticeActivity.class, "programId", "learnerId"),
				// dashboard recompute, matrix pages, exports, a cohort's program
				ReadModelIndex.of(LearnerProfile.class, "cohortId", "_id"),
				// the profiles changed since a dashboard pass, whatever their cohort
				ReadModelIndex.of(LearnerProfile.class, "updatedAt"),
				// program exports, a program's cohorts when its rules change
				ReadModelIndex.of(LearnerProfile.class, "programId", "_id"),
				// cohort comparison of a program
				ReadModelIndex.of(CohortDashboard.class, "programId", "_id"),
				// the learners enrolled in a cohort, for its assignments
				ReadModelIndex.of(Enrolment.class, "cohortId"),
				// the cohorts that name a coach
				ReadModelIndex.of(ProgramCohort.class, "programId", "coachIds"),
				// a cohort's assignments, and the sessions started from them
				ReadModelIndex.of(Assignment.class, "cohortId", "dueAt"),
				ReadModelIndex.of(PracticeActivity.class, "assignmentId"),
				// the marked cohorts each dashboard pass recomputes
				// (cohort.StaleCohortMarks)
				new ReadModelIndex("stale_cohorts", List.of("stale")));
	}

	@Override
	public void afterSingletonsInstantiated() {
		all().forEach(this::create);
	}

	private void create(ReadModelIndex index) {
		try {
			this.mongo.indexOps(index.collection()).createIndex(index.definition());
		}
		catch (DataAccessResourceFailureException ex) {
			throw ex;
		}
		catch (DataAccessException ex) {
			// queries still work without the index, only slower: not worth failing
			// start-up
			log.warn("The store refused index {} on {}", index.fields(), index.collection(), ex);
		}
	}

	/** An ascending index over the fields, in order. */
	record ReadModelIndex(String collection, List<String> fields) {

		static ReadModelIndex of(Class<?> model, String... fields) {
			return new ReadModelIndex(AnnotatedElementUtils.findMergedAnnotation(model, Document.class).collection(),
					List.of(fields));
		}

		Index definition() {
			Index index = new Index();
			this.fields.forEach((field) -> index.on(field, Direction.ASC));
			return index;
		}

	}

}

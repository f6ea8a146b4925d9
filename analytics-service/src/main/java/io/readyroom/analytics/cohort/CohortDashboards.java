package io.readyroom.analytics.cohort;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.readyroom.analytics.CursorBatches;
import io.readyroom.analytics.bank.QuestionBank;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.readiness.Readiness;
import io.readyroom.analytics.readiness.ReadinessRules;
import io.readyroom.bank.CompetencyModel.Requirement;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Computes and stores cohort dashboards, and reads them. */
@Service
public class CohortDashboards {

	private final MongoTemplate mongo;

	private final ReadinessRules rules;

	private final QuestionBank bank;

	private final Clock clock;

	CohortDashboards(MongoTemplate mongo, ReadinessRules rules, QuestionBank bank, Clock clock) {
		this.mongo = mongo;
		this.rules = rules;
		this.bank = bank;
		this.clock = clock;
	}

	/**
	 * Folds the cohort's profiles, read through a cursor, into its dashboard and replaces
	 * the stored one.
	 */
	void recompute(String cohortId) {
		String programId = programOf(cohortId);
		Map<String, List<Requirement>> inForce = this.rules.inForce(programId);
		CohortFigures figures = new CohortFigures();
		try (Stream<LearnerProfile> profiles = this.mongo.stream(CursorBatches.sized(ofCohort(cohortId)),
				LearnerProfile.class)) {
			profiles.forEach((profile) -> figures.add(profile, Readiness.of(profile, inForce)));
		}
		if (figures.learners() > 0) {
			this.mongo.save(figures.dashboard(cohortId, programId, this.bank.latestVersions(), this.clock.instant()));
		}
	}

	public Optional<CohortDashboard> find(String cohortId) {
		return Optional.ofNullable(this.mongo.findById(cohortId, CohortDashboard.class));
	}

	List<CohortDashboard> ofProgram(String programId) {
		return this.mongo.find(Query.query(Criteria.where("programId").is(programId)).with(Sort.by("_id")),
				CohortDashboard.class);
	}

	List<String> cohortsOfProgram(String programId) {
		return this.mongo.findDistinct(Query.query(Criteria.where("programId").is(programId)), "cohortId",
				LearnerProfile.class, String.class);
	}

	/**
	 * The program a cohort belongs to, as its dashboard says (one look-up by id, only its
	 * program read), else, before its first dashboard, as its learners' events say.
	 */
	Optional<String> knownProgramOf(String cohortId) {
		Query byId = Query.query(Criteria.where("_id").is(cohortId));
		byId.fields().include("programId");
		Document dashboard = this.mongo.findOne(byId, Document.class,
				this.mongo.getCollectionName(CohortDashboard.class));
		String programId = (dashboard != null) ? dashboard.getString("programId") : programOf(cohortId);
		return Optional.ofNullable(programId);
	}

	/** The program a cohort belongs to, as its learners' events say. */
	String programOf(String cohortId) {
		Query query = Query.query(Criteria.where("cohortId").is(cohortId).and("programId").ne(null));
		LearnerProfile any = this.mongo.findOne(query, LearnerProfile.class);
		return (any != null) ? any.programId() : null;
	}

	static Query ofCohort(String cohortId) {
		return Query.query(Criteria.where("cohortId").is(cohortId));
	}

}

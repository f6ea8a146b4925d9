package io.readyroom.analytics.cohort;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.readyroom.analytics.bank.QuestionBank;
import io.readyroom.analytics.membership.ProgramCohort;
import io.readyroom.analytics.membership.ProgramCohorts;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.readiness.Readiness;
import io.readyroom.analytics.readiness.ReadinessRules;
import io.readyroom.bank.CompetencyModel.Requirement;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Computes and stores cohort dashboards, and reads them. */
@Service
public class CohortDashboards {

	/** The mark generation a stored dashboard was computed for. */
	static final String MARK_GENERATION = "markGeneration";

	private final MongoTemplate mongo;

	private final ReadinessRules rules;

	private final QuestionBank bank;

	private final ProgramCohorts cohorts;

	private final Clock clock;

	CohortDashboards(MongoTemplate mongo, ReadinessRules rules, QuestionBank bank, ProgramCohorts cohorts,
			Clock clock) {
		this.mongo = mongo;
		this.rules = rules;
		this.bank = bank;
		this.cohorts = cohorts;
		this.clock = clock;
	}

	/**
	 * Folds the cohort's profiles into its dashboard and replaces the stored one, under
	 * the cohort's name. A cohort whose last learner moved away or was removed keeps a
	 * dashboard, with no learners; one that never had learners gets none.
	 * <p>
	 * Two instances may recompute a cohort at the same time, from profiles read at
	 * different times; the dashboard keeps the recompute of the latest mark generation
	 * ({@link StaleCohortMarks}), whose profiles were read after every change that mark
	 * counts, so a slower recompute of an older mark never overwrites a newer one.
	 * @param profiles every stored profile of the cohort
	 * @param generation the cohort's mark generation, read before the profiles
	 */
	void recompute(String cohortId, Collection<LearnerProfile> profiles, long generation) {
		Optional<ProgramCohort> cohort = this.cohorts.find(cohortId);
		String programId = cohort.map(ProgramCohort::programId).orElseGet(() -> programOf(profiles));
		Map<String, List<Requirement>> inForce = this.rules.inForce(programId);
		CohortFigures figures = new CohortFigures();
		profiles.forEach((profile) -> figures.add(profile, Readiness.of(profile, inForce)));
		if (figures.learners() == 0
				&& !this.mongo.exists(Query.query(Criteria.where("_id").is(cohortId)), CohortDashboard.class)) {
			return;
		}
		if (programId == null) {
			programId = knownProgramOf(cohortId).orElse(null);
		}
		save(figures.dashboard(cohortId, programId, this.bank.texts(), this.clock.instant())
			.named(cohort.map(ProgramCohort::name).orElse(null), cohort.map(ProgramCohort::closed).orElse(false)),
				generation);
	}

	/**
	 * Replaces the stored dashboard unless one of a later mark generation is stored; then
	 * the upsert would insert a second document of the same id, which the store refuses.
	 */
	private void save(CohortDashboard dashboard, long generation) {
		Document document = new Document();
		this.mongo.getConverter().write(dashboard, document);
		document.put(MARK_GENERATION, generation);
		Query notNewer = Query.query(Criteria.where("_id")
			.is(dashboard.cohortId())
			.orOperator(Criteria.where(MARK_GENERATION).lte(generation),
					Criteria.where(MARK_GENERATION).exists(false)));
		try {
			this.mongo.replace(notNewer, document, ReplaceOptions.replaceOptions().upsert(),
					this.mongo.getCollectionName(CohortDashboard.class));
		}
		catch (DuplicateKeyException ex) {
			// a recompute of a later mark stored its dashboard first: it stays
		}
	}

	/**
	 * The program of the cohort's learners, as {@link #programOf(String)} but without
	 * another query; the first learner's by id, so the choice does not depend on the
	 * order the profiles were read in.
	 */
	private static String programOf(Collection<LearnerProfile> profiles) {
		return profiles.stream()
			.filter((profile) -> profile.programId() != null)
			.min(Comparator.comparing(LearnerProfile::learnerId))
			.map(LearnerProfile::programId)
			.orElse(null);
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
	 * program read), else, before its first dashboard, as the program's cohorts say, else
	 * as its learners' events say.
	 */
	Optional<String> knownProgramOf(String cohortId) {
		Query byId = Query.query(Criteria.where("_id").is(cohortId));
		byId.fields().include("programId");
		Document dashboard = this.mongo.findOne(byId, Document.class,
				this.mongo.getCollectionName(CohortDashboard.class));
		if (dashboard != null && dashboard.getString("programId") != null) {
			return Optional.of(dashboard.getString("programId"));
		}
		return this.cohorts.find(cohortId)
			.map(ProgramCohort::programId)
			.or(() -> Optional.ofNullable(programOf(cohortId)));
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

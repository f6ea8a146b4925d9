package io.readyroom.analytics.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.readyroom.analytics.profile.CountedScore.Counted;
import io.readyroom.analytics.profile.ScoreFold.FoldedAnswer;
import io.readyroom.analytics.profile.ScoreFold.PendingFold;
import io.readyroom.analytics.score.ScoredAnswer;
import org.bson.Document;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Folds stored answers into their learners' running totals, once per learner per batch,
 * at a cost that follows the batch and the size of the profile (competencies, questions,
 * key points, weeks), not the number of answers the learner gave.
 * <p>
 * <b>How each score counts exactly once.</b> Every scored answer carries a mark
 * ({@link CountedScore}): what the totals count it for and the number of the fold that
 * made them count it so. A fold of learner L:
 * <ol>
 * <li>reads L's profile: its fold number {@code s}, and the pending list of fold
 * {@code s} if that fold's answers may not be marked yet;</li>
 * <li>marks that pending list's answers (rolls the fold forward), so every fold up to
 * {@code s} is marked;</li>
 * <li>reads the answers to fold; each one whose contribution now differs from its mark is
 * taken out of the totals with its marked contribution and added with its current one — a
 * redelivered or replayed score changes nothing, a re-score or review applies the
 * difference;</li>
 * <li>writes the new totals, fold number {@code s + 1} and its pending list (the changed
 * answers with their new contributions) in one update of the profile that matches only
 * while its fold number is still {@code s} — or, for the first fold, only while it has no
 * totals, the store refusing the insert otherwise;</li>
 * <li>marks the changed answers with {@code s + 1} (a mark replaces only an earlier
 * fold's), then takes the pending list off the profile.</li>
 * </ol>
 * Invariant: for a profile at fold {@code s}, an answer's mark, or its entry in fold
 * {@code s}'s pending list where it has one, is exactly what the totals count it for.
 * Step 4 keeps it: it succeeds only if no fold came between the read of step 1 and the
 * write, and by steps 1–2 the marks read in step 3 were complete for {@code s}. A fold
 * that loses the race (another instance handling the learner while a partition moves, or
 * the review listener) writes nothing and starts again from step 1. A crash after step 4
 * leaves the pending list on the profile; whichever fold of L comes next (the redelivered
 * batch, the review listener, another instance) marks it first, so nothing is counted
 * twice or lost; the redelivered scores then change nothing. A late mark of a fold
 * already rolled forward cannot undo a later fold's mark. Nothing relies on transactions:
 * each step is one conditional write of one document (bulk for a batch).
 * <p>
 * The first fold of a profile written before running totals existed starts from empty
 * totals and folds every answer the learner's ledger lists as well (none of them is
 * marked), replacing the figures the rebuilds wrote.
 */
@Service
public class ScoreFolds {

	private final MongoTemplate mongo;

	private final LearnerProfiles profiles;

	private final LearnerLedgers ledgers;

	private final FoldMarks marks;

	private final ApplicationEventPublisher events;

	ScoreFolds(MongoTemplate mongo, LearnerProfiles profiles, LearnerLedgers ledgers, FoldMarks marks,
			ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.events = events;
		this.profiles = profiles;
		this.ledgers = ledgers;
		this.marks = marks;
	}

	/**
	 * Folds each learner's stored answers once: one read of the profiles, one of the
	 * answers, one conditional write per learner, one bulk write of the marks and one
	 * clearing the pending lists; then marks each cohort concerned once.
	 * @return the answers whose counted contribution changed (new, or scored anew)
	 */
	Set<String> fold(Collection<FoldRequest> requests) {
		if (requests.isEmpty()) {
			return Set.of();
		}
		Map<String, ProfileScores> profiles = read(requests);
		this.marks.complete(pendingOf(profiles.values()));
		Map<String, List<Document>> answers = answersOf(requests, profiles);
		Map<String, PendingFold> written = new LinkedHashMap<>();
		Set<String> changedCohorts = cohortsOf(profiles.values());
		for (FoldRequest request : requests) {
			String learnerId = request.learnerId();
			LearnerFold fold = prepare(learnerId, profiles.get(learnerId), answers.get(learnerId));
			fold(request, fold, changedCohorts).ifPresent((pending) -> written.put(learnerId, pending));
		}
		this.marks.complete(written);
		this.events.publishEvent(new CohortsChanged(changedCohorts, FoldRequest.oldestAnswer(requests)));
		Set<String> counted = new HashSet<>();
		written.values().forEach((pending) -> pending.answers().forEach((answer) -> counted.add(answer.answerId())));
		return counted;
	}

	/**
	 * The cohorts the batch's learners were in before it: marked even when the batch
	 * changed nothing, since a redelivered batch may follow a crash between the profile
	 * writes and the marks; a needless mark costs one recompute.
	 */
	private static Set<String> cohortsOf(Collection<ProfileScores> profiles) {
		Set<String> cohorts = new LinkedHashSet<>();
		profiles.stream().map(ProfileScores::cohortId).filter(Objects::nonNull).forEach(cohorts::add);
		return cohorts;
	}

	/**
	 * Writes the fold, or, when another fold of the learner came first, prepares it again
	 * from what is stored now and tries again.
	 * @return the pending fold written; empty when nothing changed
	 */
	Optional<PendingFold> fold(FoldRequest request, LearnerFold prepared, Set<String> changedCohorts) {
		LearnerFold fold = prepared;
		while (!fold.changesNothing()) {
			if (this.profiles.writeScores(request, fold.unchanged(), fold.creating(), fold.update(), changedCohorts)) {
				return Optional.of(fold.pending());
			}
			fold = prepareAfresh(request);
		}
		return Optional.empty();
	}

	/** Reads the learner's profile and answers again and prepares the fold on them. */
	LearnerFold prepareAfresh(FoldRequest request) {
		ProfileScores profile = this.mongo.findById(request.learnerId(), ProfileScores.class);
		this.marks.complete(pendingOf((profile != null) ? List.of(profile) : List.of()));
		Set<String> ids = answerIds(request, profile);
		return prepare(request.learnerId(), profile, this.mongo.find(byIds(ids), Document.class, answersCollection()));
	}

	private LearnerFold prepare(String learnerId, ProfileScores profile, List<Document> answers) {
		long seq = (profile != null) ? profile.foldSeq() : 0;
		ScoreTotals totals = ScoreTotals.of(profile);
		List<FoldedAnswer> changed = new ArrayList<>();
		for (Document stored : (answers != null) ? answers : List.<Document>of()) {
			ScoredAnswer answer = this.mongo.getConverter().read(ScoredAnswer.class, stored);
			AnswerContribution now = AnswerContribution.of(answer);
			AnswerContribution counted = (seq > 0) ? countedOf(stored) : null;
			if (!now.equals(counted)) {
				if (counted != null) {
					totals.remove(answer.answerId(), counted);
				}
				totals.add(answer.answerId(), now);
				changed.add(new FoldedAnswer(answer.answerId(), now));
			}
		}
		return new LearnerFold(learnerId, seq, totals, new PendingFold(seq + 1, changed));
	}

	private AnswerContribution countedOf(Document stored) {
		Counted counted = this.mongo.getConverter().read(CountedScore.class, stored).counted();
		return (counted != null) ? counted.contribution() : null;
	}

	private Map<String, ProfileScores> read(Collection<FoldRequest> requests) {
		List<String> learnerIds = requests.stream().map(FoldRequest::learnerId).toList();
		return this.mongo.find(byIds(learnerIds), ProfileScores.class)
			.stream()
			.collect(Collectors.toMap(ProfileScores::learnerId, Function.identity()));
	}

	private static Map<String, PendingFold> pendingOf(Collection<ProfileScores> profiles) {
		Map<String, PendingFold> pending = new LinkedHashMap<>();
		for (ProfileScores profile : profiles) {
			if (profile.scoreFold() != null && profile.scoreFold().pending() != null) {
				pending.put(profile.learnerId(), profile.scoreFold().pending());
			}
		}
		return pending;
	}

	/** The stored answers of every request, by learner, read at once. */
	private Map<String, List<Document>> answersOf(Collection<FoldRequest> requests,
			Map<String, ProfileScores> profiles) {
		Map<String, String> learnerOfAnswer = new LinkedHashMap<>();
		for (FoldRequest request : requests) {
			answerIds(request, profiles.get(request.learnerId()))
				.forEach((answerId) -> learnerOfAnswer.put(answerId, request.learnerId()));
		}
		Map<String, List<Document>> byLearner = new LinkedHashMap<>();
		for (Document answer : this.mongo.find(byIds(learnerOfAnswer.keySet()), Document.class, answersCollection())) {
			byLearner.computeIfAbsent(learnerOfAnswer.get(answer.getString("_id")), (key) -> new ArrayList<>())
				.add(answer);
		}
		return byLearner;
	}

	/**
	 * The request's answers, and for a profile without running totals also those its
	 * ledger lists from before running totals existed.
	 */
	private Set<String> answerIds(FoldRequest request, ProfileScores profile) {
		Set<String> ids = new HashSet<>(request.answerIds());
		if (profile == null || profile.scoreFold() == null) {
			ids.addAll(this.ledgers.answerIdsOf(request.learnerId()));
		}
		return ids;
	}

	private String answersCollection() {
		return this.mongo.getCollectionName(ScoredAnswer.class);
	}

	private static Query byIds(Collection<String> ids) {
		return Query.query(Criteria.where("_id").in(ids));
	}

}

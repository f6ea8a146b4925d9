package io.readyroom.analytics.weakarea;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.readyroom.analytics.bank.BankQuestion;
import io.readyroom.analytics.bank.BankTexts;
import io.readyroom.analytics.bank.QuestionBank;
import io.readyroom.analytics.profile.CompetencyStanding;
import io.readyroom.analytics.profile.KeyPointTally;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.QuestionTally;
import io.readyroom.analytics.readiness.ReadinessRules;
import io.readyroom.analytics.weakarea.WeakArea.MissedKeyPoint;
import io.readyroom.analytics.weakarea.WeakArea.RecommendedQuestion;
import io.readyroom.bank.CompetencyModel.Requirement;

import org.springframework.stereotype.Service;

/**
 * Ranks a learner's competencies by gap to target. A competency is weak when its mastery
 * is below target, or when the role requires it and fewer answers than required stand
 * behind it. Computed on read from the profile and the bank: one learner's data is small.
 */
@Service
public class WeakAreas {

	/** The target for a practised competency the learner's role does not require. */
	static final int DEFAULT_TARGET = 70;

	static final int KEY_POINTS_PER_AREA = 3;

	static final int QUESTIONS_PER_AREA = 3;

	private final ReadinessRules rules;

	private final QuestionBank bank;

	WeakAreas(ReadinessRules rules, QuestionBank bank) {
		this.rules = rules;
		this.bank = bank;
	}

	public WeakAreaReport of(LearnerProfile profile, int limit) {
		Map<String, Requirement> required = new LinkedHashMap<>();
		if (profile.roleTrack() != null) {
			this.rules.inForce(profile.programId())
				.getOrDefault(profile.roleTrack(), List.of())
				.forEach((requirement) -> required.put(requirement.competency(), requirement));
		}
		BankTexts texts = this.bank.texts();
		Set<String> answered = profile.questions().stream().map(QuestionTally::questionId).collect(Collectors.toSet());
		List<WeakArea> areas = new ArrayList<>();
		for (String competency : competencies(profile, required)) {
			Requirement requirement = required.getOrDefault(competency, new Requirement(competency, DEFAULT_TARGET, 1));
			CompetencyStanding standing = profile.standing(competency).orElse(null);
			if (isWeak(standing, requirement)) {
				areas.add(area(profile, standing, requirement, texts, answered));
			}
		}
		areas.sort(Comparator.comparingDouble(WeakArea::gap).reversed().thenComparing(WeakArea::competency));
		return new WeakAreaReport(profile.learnerId(), profile.roleTrack(),
				areas.subList(0, Math.min(limit, areas.size())));
	}

	private static List<String> competencies(LearnerProfile profile, Map<String, Requirement> required) {
		List<String> all = new ArrayList<>(required.keySet());
		profile.competencies()
			.stream()
			.map(CompetencyStanding::competency)
			.filter((competency) -> !required.containsKey(competency))
			.forEach(all::add);
		return all;
	}

	private static boolean isWeak(CompetencyStanding standing, Requirement requirement) {
		return standing == null || standing.mastery() < requirement.threshold()
				|| standing.answerCount() < requirement.minAnswers();
	}

	private WeakArea area(LearnerProfile profile, CompetencyStanding standing, Requirement requirement, BankTexts texts,
			Set<String> answered) {
		String competency = requirement.competency();
		Double mastery = (standing != null) ? standing.mastery() : null;
		int answers = (standing != null) ? standing.answerCount() : 0;
		double gap = Math.round((requirement.threshold() - ((mastery != null) ? mastery : 0)) * 10) / 10.0;
		List<MissedKeyPoint> missed = missedKeyPoints(profile, competency, texts);
		return new WeakArea(competency, texts.competencyName(competency), mastery, answers, requirement.threshold(),
				requirement.minAnswers(), gap, WeakAreaReason.of(mastery, answers, requirement, missed), missed,
				recommended(profile, competency, texts.questions(), answered));
	}

	private static List<MissedKeyPoint> missedKeyPoints(LearnerProfile profile, String competency, BankTexts texts) {
		return profile.keyPoints()
			.stream()
			.filter((tally) -> tally.competencies().contains(competency))
			.filter((tally) -> tally.missed() + tally.partial() > 0)
			.map((tally) -> missed(tally, texts))
			.sorted(Comparator.comparingDouble(MissedKeyPoint::missWeight)
				.reversed()
				.thenComparing(MissedKeyPoint::questionId)
				.thenComparing(MissedKeyPoint::criterionId))
			.limit(KEY_POINTS_PER_AREA)
			.toList();
	}

	private static MissedKeyPoint missed(KeyPointTally tally, BankTexts texts) {
		return new MissedKeyPoint(tally.questionId(), texts.questionText(tally.questionId()), tally.criterionId(),
				texts.keyPoint(tally.questionId(), tally.criterionId()), tally.assessed(), tally.missed(),
				tally.partial());
	}

	/**
	 * Questions of the competency the learner can see, the unanswered first, then those
	 * of their role track.
	 */
	private static List<RecommendedQuestion> recommended(LearnerProfile profile, String competency,
			Map<String, BankQuestion> latest, Set<String> answered) {
		return latest.values()
			.stream()
			.filter((question) -> question.competencies().contains(competency))
			.filter((question) -> question.visibleTo(profile.programId()))
			.sorted(Comparator.comparing((BankQuestion question) -> answered.contains(question.questionId()))
				.thenComparing((question) -> !question.roleTracks().contains(profile.roleTrack()))
				.thenComparing(BankQuestion::questionId))
			.limit(QUESTIONS_PER_AREA)
			.map((question) -> new RecommendedQuestion(question.questionId(), question.text()))
			.toList();
	}

}

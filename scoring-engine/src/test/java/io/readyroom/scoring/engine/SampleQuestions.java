package io.readyroom.scoring.engine;

import java.util.List;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.RedFlag;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;

/** Bank-like questions, written the way the bank's rubric authors write them. */
final class SampleQuestions {

	private SampleQuestions() {
	}

	/** Situational, ordered steps: handling a records request by phone. */
	static ScorableQuestion recordsRequest() {
		Rubric rubric = new Rubric(RubricStructure.ORDERED_STEPS, List.of(criterion("verify-identity",
				"Verifies the caller's identity before discussing any record", 2.0,
				List.of("verify identity", "two identifiers", "date of birth", "confirm who is calling"),
				List.of("First I verify the caller's identity with two identifiers, such as full name and date of birth.")),
				criterion("check-authorization", "Checks that a valid signed authorization is on file", 1.5,
						List.of("signed authorization", "authorization form", "HIPAA authorization", "release form"),
						List.of("Then I check that a valid, signed HIPAA authorization is on file for this request.")),
				criterion("minimum-necessary", "Releases only the minimum necessary information", 1.5,
						List.of("minimum necessary", "only what is needed", "only the requested records"),
						List.of("I release only the minimum necessary information the authorization covers.")),
				criterion("log-disclosure", "Logs the disclosure for the accounting of disclosures", 1.0,
						List.of("log the disclosure", "accounting of disclosures", "document the release"),
						List.of("Finally I log the disclosure so it appears in the patient's accounting of disclosures."))),
				List.of(new RedFlag("discloses-without-verification",
						"Shares health information before verifying who is asking",
						List.of("give the results over the phone right away", "share the information immediately"))));
		return new ScorableQuestion("hit-records-request-phone", 3,
				"A caller says she is a patient's daughter and asks for her mother's lab results. What do you do?",
				QuestionType.SITUATIONAL,
				List.of(new CompetencyWeight("release-of-information", 0.6),
						new CompetencyWeight("hipaa-privacy-rule", 0.4)),
				rubric,
				"I would first verify the caller's identity and her relationship to the patient using two identifiers. "
						+ "Then I would check whether a signed HIPAA authorization or personal-representative documentation "
						+ "is on file. If it is, I release only the minimum necessary results it covers; if not, I explain "
						+ "how to submit an authorization. Finally I log the disclosure for the accounting of disclosures.");
	}

	/** Behavioral, STAR: a privacy incident. */
	static ScorableQuestion privacyIncident() {
		Rubric rubric = new Rubric(RubricStructure.STAR, List.of(
				criterion("contain", "Contains the incident quickly once it is discovered", 1.0,
						List.of("contain the incident", "stopped the access", "retrieved the records",
								"disabled the account"),
						List.of("I disabled the account within the hour to contain the incident.")),
				criterion("notify-privacy-officer", "Reports to the privacy officer or compliance team", 1.5,
						List.of("privacy officer", "compliance officer", "notified compliance"),
						List.of("I reported it to our privacy officer the same day.")),
				criterion("risk-assessment", "Assesses breach risk with HIPAA's four-factor assessment", 1.5,
						List.of("risk assessment", "four factor", "probability of compromise"),
						List.of("We ran the four-factor risk assessment to judge the probability of compromise.")),
				criterion("prevent-repeat", "Names what changed afterwards to prevent a repeat", 0.5,
						List.of("retrained", "policy change", "prevent it from happening again"),
						List.of("Afterwards we retrained the front desk so it would not happen again."))),
				List.of(new RedFlag("hides-incident", "Keeps an incident quiet instead of reporting it",
						List.of("kept it quiet", "did not tell anyone"),
						List.of("Honestly it was a small slip, so I fixed it myself and never mentioned it to anyone.",
								"We agreed to keep it between the two of us so nobody would get in trouble.",
								"I decided on my own that it was not worth reporting to compliance."))));
		return new ScorableQuestion("hit-privacy-incident", 2,
				"Tell me about a privacy or security incident you were involved in. How was it handled?",
				QuestionType.BEHAVIORAL, List.of(new CompetencyWeight("breach-and-incident-response", 1.0)), rubric,
				"When a misdirected fax with a discharge summary reached the wrong clinic, I asked the recipient to "
						+ "destroy it and confirm in writing, then reported it to our privacy officer the same day. We ran "
						+ "the four-factor risk assessment; the probability of compromise was low. Afterwards we verified "
						+ "fax numbers and retrained the front desk.");
	}

	/** Behavioral, free: a conversational question that does not ask for a story. */
	static ScorableQuestion knowOrganization() {
		Rubric rubric = new Rubric(RubricStructure.FREE, List.of(criterion("history-and-mission",
				"Knows the organization's history or mission", 2.0, List.of("founded", "history", "mission", "values"),
				List.of("I read that the hospital was founded in 1908 and that its mission is serving the community.")),
				criterion("current-facts", "Cites current facts such as size, services or recent news", 1.5,
						List.of("beds", "new campus", "recognized", "Magnet"),
						List.of("I saw that you earned Magnet designation and are opening a new campus.")),
				criterion("connects-to-self", "Connects what they learned to why they want to work there", 1.5,
						List.of("why I applied", "want to be part of", "I could contribute"),
						List.of("That community focus is why I applied."))),
				List.of());
		return new ScorableQuestion("beh-know-organization", 1, "What do you know about this organization?",
				QuestionType.BEHAVIORAL, List.of(new CompetencyWeight("professionalism-and-ethics", 1.0)), rubric,
				"I read that the hospital was founded in 1908 by a group of nurses and that its mission is still "
						+ "serving the community. I saw that you earned Magnet designation and are opening a new campus, "
						+ "and that community focus is why I applied.");
	}

	static RubricCriterion criterion(String id, String description, double weight, List<String> expressions,
			List<String> exemplars) {
		return new RubricCriterion(id, description, weight, expressions, exemplars);
	}

}

package io.readyroom.analytics.load;

import java.util.List;

/**
 * Questions of the shared bank (ids, competencies and rubric key points as in
 * {@code question-bank/src/main/resources/bank/questions}), so the generated scores fill
 * the dashboard's question, competency and key-point figures the way real ones would.
 */
final class BankSample {

	static final List<String> ROLE_TRACKS = List.of("health-information-technician", "ehr-specialist");

	static final List<Question> QUESTIONS = List.of(
			new Question("hit-privacy-incident",
					List.of("breach-and-incident-response", "hipaa-privacy-rule", "professionalism-and-ethics"),
					List.of("describe-incident", "contain", "report-privacy-officer", "four-factor-assessment")),
			new Question("hit-privacy-rule-daily", List.of("hipaa-privacy-rule", "professionalism-and-ethics"),
					List.of("minimum-necessary", "tpo-without-authorization", "authorization-or-exception",
							"patient-rights")),
			new Question("hcit-background-health-it-systems",
					List.of("ehr-systems", "health-it-systems-implementation", "communication-with-clinical-staff"),
					List.of("setting-and-role", "named-systems", "concrete-responsibilities", "measurable-result")),
			new Question("hcit-familiar-information-systems",
					List.of("ehr-systems", "health-it-systems-implementation", "interoperability"),
					List.of("names-ehr-platforms", "ancillary-clinical-systems", "administrative-financial-systems",
							"depth-of-use")),
			new Question("hcit-cost-effective-quality", List.of("it-project-management", "problem-solving"),
					List.of("non-negotiables", "total-cost-of-ownership", "structured-prioritization",
							"leverage-existing")),
			new Question("hcit-clinical-it-communication",
					List.of("communication-with-clinical-staff", "it-project-management",
							"training-and-change-management"),
					List.of("communication-plan", "clinical-champions", "plain-workflow-language",
							"respect-clinical-time")),
			new Question("beh-difficult-clinician",
					List.of("communication-with-clinical-staff", "training-and-change-management", "problem-solving"),
					List.of("clinical-situation", "listen-and-empathize", "resolve-problem", "follow-up-and-educate")),
			new Question("beh-patient-safety-role",
					List.of("cybersecurity-and-risk", "hipaa-security-rule", "training-and-change-management"),
					List.of("links-role-to-safety", "patch-promptly", "device-and-workstation-safeguards",
							"super-user-and-training")),
			new Question("tech-hipaa-basics",
					List.of("hipaa-privacy-rule", "hipaa-security-rule", "professionalism-and-ethics"),
					List.of("defines-hipaa", "names-the-rules", "why-it-matters", "practical-safeguard")),
			new Question("tech-ehr-role", List.of("ehr-systems", "interoperability"),
					List.of("defines-ehr", "names-systems", "care-benefits", "data-sharing-analytics")));

	private BankSample() {
	}

	record Question(String id, List<String> competencies, List<String> keyPoints) {

	}

}

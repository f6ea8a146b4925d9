package io.readyroom.bank;

/** Bank file text for tests. */
final class BankFiles {

	static final String VALID = """
			questions:
			  - id: roi-phone-request
			    text: A caller asks for their lab results over the phone. What do you do?
			    type: situational
			    difficulty: beginner
			    difficultyBasis: reasoned
			    difficultyReason: A daily task with one clear rule.
			    roleTracks: [health-information-technician]
			    competencies:
			      - { id: release-of-information, weight: 0.7 }
			      - { id: hipaa-privacy-rule, weight: 0.3 }
			    intent: Whether the candidate protects PHI on the phone.
			    rubric:
			      basis: authored
			      structure: ordered-steps
			      criteria:
			      - id: verify-identity
			        description: Verifies the caller's identity first.
			        weight: 2
			        competency: release-of-information
			        expressions: [verify identity, two identifiers]
			        exemplars: [I would verify the caller's identity with two identifiers.]
			      - id: check-authorization
			        description: Checks the request is authorized.
			        weight: 1
			        competency: hipaa-privacy-rule
			        expressions: [right of access, signed request]
			        exemplars: [I would check there is a signed request.]
			      - id: document
			        description: Documents the disclosure.
			        weight: 1
			        competency: release-of-information
			        expressions: [document the disclosure, log the release]
			        exemplars: [I would log the release.]
			      redFlags:
			      - id: discloses-unverified
			        description: Reads out results without verifying who is calling.
			        expressions: [read them the results]
			        exemplars:
			          - If she knows the patient's name I'd just give her the potassium level to save her a trip.
			          - Honestly I read results to whoever calls from the patient's number.
			    modelAnswer: I would verify the caller's identity with two identifiers, check the request and log the release.
			    provenance:
			      seed: 000_ef00ba8fd4e48960.txt
			      originalWording: A caller asks for their lab results.
			      seedGuidance: [intent]
			""";

	private BankFiles() {
	}

}

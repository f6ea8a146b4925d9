package io.readyroom.scoring.engine.structure;

/** A concrete detail named in the answer, and where. */
public record SpecificDetail(Kind kind, String text, int start, int end) {

	public enum Kind {

		/** A named standard, regulation or code set: HIPAA, HL7, ICD-10. */
		STANDARD,

		/** A named product or system: Epic, Cerner, ServiceNow. */
		SYSTEM,

		/**
		 * A named framework or procedure: "four-factor risk assessment", "root cause
		 * analysis", "PDSA", "break-the-glass".
		 */
		METHOD,

		/** Money, a percentage or a count of events: "$40k", "30%", "200 tickets". */
		FIGURE,

		/**
		 * How big an organization, team or data set is: "300-bed hospital", "12 clinics",
		 * "40,000 patients".
		 */
		SIZE,

		/**
		 * How long something took or may take: "two-week retraining", "within 60 days".
		 */
		DURATION

	}

}

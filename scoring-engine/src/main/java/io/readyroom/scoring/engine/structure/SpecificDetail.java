package io.readyroom.scoring.engine.structure;

/** A concrete detail named in the answer, and where. */
public record SpecificDetail(Kind kind, String text, int start, int end) {

	public enum Kind {

		/** A named standard, regulation or code set: HIPAA, HL7, ICD-10. */
		STANDARD,

		/** A named product or system: Epic, Cerner, ServiceNow. */
		SYSTEM,

		/** A number with a unit or a percentage: "40%", "60 days", "300 users". */
		FIGURE

	}

}

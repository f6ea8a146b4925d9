package io.readyroom.contracts;

/** An answer's score, 0 to 100, for one competency the question assesses. */
public record CompetencyScore(String competency, int score) {

	public CompetencyScore {
		EventFields.requireText(competency, "competency");
		ScoreRange.require(score, "competency score");
	}

}

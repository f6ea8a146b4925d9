package io.readyroom.scoring.engine.criteria;

/** Which kind of evidence decided a criterion's verdict. */
public enum Signal {

	/** A rubric expression, or its stems and synonyms, occurs in the answer. */
	WORDING,

	/** An answer sentence means much the same as one of the criterion's references. */
	MEANING,

	/** Nothing in the answer satisfies the criterion. */
	NONE

}

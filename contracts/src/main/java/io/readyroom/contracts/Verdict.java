package io.readyroom.contracts;

/** How far an answer satisfies one rubric criterion. */
public enum Verdict {

	MET, PARTIAL, MISSED

}

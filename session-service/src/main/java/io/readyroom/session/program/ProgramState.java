package io.readyroom.session.program;

import io.readyroom.contracts.ReadyroomEvent;

/**
 * A stored state of a program's data that is published whole on every change: a cohort or
 * an enrolment.
 */
interface ProgramState {

	/** The document id: the program and the cohort or learner. */
	String id();

	/** 1 when first stored, one more with every change. */
	int revision();

	/** This state as the event that announces it. */
	ReadyroomEvent changed();

}

package io.readyroom.session.program;

/** What is wrong with one line of an enrolment file; line 1 is the header. */
record LineError(int line, String message) {

	@Override
	public String toString() {
		return "Line " + this.line + ": " + this.message;
	}

}

package io.readyroom.bank;

/**
 * One thing wrong with a bank file, located precisely enough to fix it.
 *
 * @param source the file (or upload) the problem is in
 * @param item the question it concerns, by id if it has one, else by position
 * @param field the JSON path of the offending field within that question
 * @param message what is wrong
 */
public record BankProblem(String source, String item, String field, String message) {

	@Override
	public String toString() {
		return this.source + ": " + this.item + ", " + this.field + ": " + this.message;
	}

}

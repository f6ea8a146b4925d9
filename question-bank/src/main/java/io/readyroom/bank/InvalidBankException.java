package io.readyroom.bank;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A bank file, or the bank as a whole, breaks its schema or rules; nothing of it is used.
 */
public class InvalidBankException extends RuntimeException {

	private final List<BankProblem> problems;

	public InvalidBankException(List<BankProblem> problems) {
		super(problems.size() + " problem(s) in the question bank:\n"
				+ problems.stream().map(BankProblem::toString).collect(Collectors.joining("\n  ", "  ", "")));
		this.problems = List.copyOf(problems);
	}

	public List<BankProblem> problems() {
		return this.problems;
	}

}

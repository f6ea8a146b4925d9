package io.readyroom.local;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option's value as a whole number within bounds, so a bad value is refused
 * while parsing, with picocli naming the option: {@code Invalid value for option
 * '--web-port': '70000' is not a whole number from 1 to 65535}.
 */
public abstract class WholeNumberRange implements ITypeConverter<Integer> {

	private final int min;

	private final int max;

	protected WholeNumberRange(int min, int max) {
		this.min = min;
		this.max = max;
	}

	@Override
	public Integer convert(String value) {
		try {
			int number = Integer.parseInt(value);
			if (number >= this.min && number <= this.max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, like a number out of range
		}
		throw new TypeConversionException("'" + value + "' is not a whole number from " + this.min + " to " + this.max);
	}

	/** A TCP port. */
	static final class Port extends WholeNumberRange {

		Port() {
			super(1, 65535);
		}

	}

	/** A count or a time that must be at least one. */
	public static final class Positive extends WholeNumberRange {

		public Positive() {
			super(1, Integer.MAX_VALUE);
		}

	}

}

package io.readyroom.faults;

import java.util.List;

/**
 * Several faults struck in one go, under one load: how the short suite fits a kill -9 and
 * a poison record into the time {@code ./mvnw verify} can spare.
 */
record FaultsTogether(List<Fault> faults) implements Fault {

	@Override
	public String name() {
		return String.join(" + ", this.faults.stream().map(Fault::name).toList());
	}

	@Override
	public void inject(FaultContext context) {
		this.faults.forEach((fault) -> fault.inject(context));
	}

	@Override
	public boolean recovered(FaultContext context) {
		return this.faults.stream().allMatch((fault) -> fault.recovered(context));
	}

	@Override
	public List<String> problems(FaultContext context) {
		return this.faults.stream().flatMap((fault) -> fault.problems(context).stream()).toList();
	}

}

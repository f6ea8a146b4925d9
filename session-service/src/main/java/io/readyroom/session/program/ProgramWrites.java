package io.readyroom.session.program;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.support.kafka.EventPublisher;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Stores new states of a program's data and publishes them. Each state replaces the one
 * it was made from only if that is still the stored one, so two directors who change the
 * same cohort at once cannot both win with the same revision. A change counts only once
 * Kafka has acknowledged it: if storing any state or publishing fails, every state
 * already stored goes back to what it was, and the caller learns why.
 */
@Component
class ProgramWrites {

	private final MongoTemplate mongo;

	private final EventPublisher events;

	ProgramWrites(MongoTemplate mongo, EventPublisher events) {
		this.mongo = mongo;
		this.events = events;
	}

	/**
	 * @throws org.springframework.web.ErrorResponseException 409 when another change came
	 * first
	 * @throws io.readyroom.support.kafka.EventNotPublishedException when Kafka did not
	 * acknowledge the events; nothing is changed then
	 */
	<T extends ProgramState> void apply(String topic, List<StateChange<T>> changes) {
		List<StateChange<T>> effective = changes.stream().filter(StateChange::changes).toList();
		List<StateChange<T>> stored = new ArrayList<>();
		try {
			for (StateChange<T> change : effective) {
				store(change);
				stored.add(change);
			}
			this.events.publishAll(topic, effective.stream().map((change) -> change.after().changed()).toList());
		}
		catch (RuntimeException ex) {
			// newest first: a batch may change one learner twice, each change on the one
			// before
			for (int i = stored.size() - 1; i >= 0; i--) {
				revert(stored.get(i));
			}
			throw ex;
		}
	}

	private <T extends ProgramState> void store(StateChange<T> change) {
		T before = change.before();
		if (before == null) {
			try {
				this.mongo.insert(change.after());
			}
			catch (DuplicateKeyException ex) {
				throw ProgramProblems.changedMeanwhile(change.after().id());
			}
			return;
		}
		if (this.mongo.replace(at(before), change.after()).getMatchedCount() == 0) {
			throw ProgramProblems.changedMeanwhile(before.id());
		}
	}

	private <T extends ProgramState> void revert(StateChange<T> change) {
		T before = change.before();
		if (before == null) {
			this.mongo.remove(at(change.after()), change.after().getClass());
		}
		else {
			this.mongo.replace(at(change.after()), before);
		}
	}

	/** The stored document of exactly this state: its id at its revision. */
	private static Query at(ProgramState state) {
		return Query.query(Criteria.where("_id").is(state.id()).and("revision").is(state.revision()));
	}

}

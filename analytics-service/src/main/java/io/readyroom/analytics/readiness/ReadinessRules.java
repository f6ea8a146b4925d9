package io.readyroom.analytics.readiness;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.readyroom.analytics.ConflictRetry;
import io.readyroom.bank.CompetencyModel;
import io.readyroom.bank.CompetencyModel.Requirement;
import io.readyroom.bank.CompetencyModel.RoleTrack;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The requirements in force per program and role track. */
@Service
public class ReadinessRules {

	private static final String VERSION = "version";

	private final CompetencyModel model;

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	ReadinessRules(CompetencyModel model, MongoTemplate mongo, ApplicationEventPublisher events) {
		this.model = model;
		this.mongo = mongo;
		this.events = events;
	}

	/** Role track id to its requirements, for one program (null for none). */
	public Map<String, List<Requirement>> inForce(String programId) {
		Map<String, List<Requirement>> rules = new LinkedHashMap<>();
		this.model.roleTracks().forEach((track) -> rules.put(track.id(), track.requires()));
		if (programId != null) {
			ProgramReadinessRules own = this.mongo.findById(programId, ProgramReadinessRules.class);
			if (own != null) {
				rules.putAll(own.roleTracks());
			}
		}
		return rules;
	}

	void override(String programId, String roleTrack, List<Requirement> requirements) {
		change(programId, (tracks) -> tracks.put(roleTrack, List.copyOf(requirements)));
	}

	void revert(String programId, String roleTrack) {
		change(programId, (tracks) -> tracks.remove(roleTrack));
	}

	boolean knowsRoleTrack(String roleTrack) {
		return this.model.roleTrack(roleTrack).isPresent();
	}

	boolean knowsCompetency(String competency) {
		return this.model.hasCompetency(competency);
	}

	List<String> roleTracks() {
		return this.model.roleTracks().stream().map(RoleTrack::id).toList();
	}

	/**
	 * Reads the program's rules, changes one role track's and saves them unless someone
	 * saved them meanwhile, else again from a fresh read: two directors changing two role
	 * tracks at once both keep their change.
	 */
	private void change(String programId, Consumer<Map<String, List<Requirement>>> change) {
		ConflictRetry.retried(() -> {
			ProgramReadinessRules own = this.mongo.findById(programId, ProgramReadinessRules.class);
			Map<String, List<Requirement>> tracks = new HashMap<>((own != null) ? own.roleTracks() : Map.of());
			change.accept(tracks);
			save(own, new ProgramReadinessRules(programId, tracks, (own != null) ? own.version() : null));
		});
		this.events.publishEvent(new ReadinessRulesChanged(programId));
	}

	/**
	 * A versioned save, but for rules stored before versions: saved with a null version,
	 * Spring Data would insert them and fail on the stored ones for ever; they are
	 * replaced only while still without a version, and carry one from then on.
	 */
	private void save(ProgramReadinessRules read, ProgramReadinessRules changed) {
		if (read == null || !read.isUnversioned()) {
			this.mongo.save(changed);
			return;
		}
		Query stillUnversioned = Query.query(Criteria.where("_id").is(read.programId()).and(VERSION).exists(false));
		if (this.mongo.replace(stillUnversioned, changed.withVersion(0L)).getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException(
					"The readiness rules of program " + read.programId() + " were saved since they were read");
		}
	}

}

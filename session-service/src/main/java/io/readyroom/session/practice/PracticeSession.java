package io.readyroom.session.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.readyroom.contracts.SessionMode;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A learner's practice session: the planned questions, in order, and which were answered.
 */
@Document("practice_sessions")
public class PracticeSession {

	@Id
	private String id;

	private String learnerId;

	private String cohortId;

	private String roleTrack;

	private String programId;

	private SessionMode mode;

	private List<QuestionRef> plan = new ArrayList<>();

	private List<String> answeredQuestionIds = new ArrayList<>();

	private SessionStatus status = SessionStatus.ACTIVE;

	private Instant startedAt;

	private Instant completedAt;

	private String assignmentId;

	protected PracticeSession() {
	}

	PracticeSession(String id, String learnerId, String cohortId, String roleTrack, String programId, SessionMode mode,
			List<QuestionRef> plan, Instant startedAt, String assignmentId) {
		this.id = id;
		this.learnerId = learnerId;
		this.cohortId = cohortId;
		this.roleTrack = roleTrack;
		this.programId = programId;
		this.mode = mode;
		this.plan = new ArrayList<>(plan);
		this.startedAt = startedAt;
		this.assignmentId = assignmentId;
	}

	/** The first planned question not answered yet. */
	public Optional<QuestionRef> nextQuestion() {
		return this.plan.stream()
			.filter((question) -> !this.answeredQuestionIds.contains(question.questionId()))
			.findFirst();
	}

	public Optional<QuestionRef> planned(String questionId) {
		return this.plan.stream().filter((question) -> question.questionId().equals(questionId)).findFirst();
	}

	void complete(Instant when) {
		this.status = SessionStatus.COMPLETED;
		this.completedAt = when;
	}

	public boolean isActive() {
		return this.status == SessionStatus.ACTIVE;
	}

	public String getId() {
		return this.id;
	}

	public String getLearnerId() {
		return this.learnerId;
	}

	public String getCohortId() {
		return this.cohortId;
	}

	public String getRoleTrack() {
		return this.roleTrack;
	}

	public String getProgramId() {
		return this.programId;
	}

	public SessionMode getMode() {
		return this.mode;
	}

	public List<QuestionRef> getPlan() {
		return List.copyOf(this.plan);
	}

	public List<String> getAnsweredQuestionIds() {
		return List.copyOf(this.answeredQuestionIds);
	}

	public SessionStatus getStatus() {
		return this.status;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	/** The assignment the session was started from; {@code null} for chosen practice. */
	public String getAssignmentId() {
		return this.assignmentId;
	}

}

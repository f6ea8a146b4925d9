package io.readyroom.session.practice;

/** A question version planned for a session. */
public record QuestionRef(String questionId, int version) {

}

/** Practice sessions: a learner's run through a set of questions drawn from the bank. */
package io.readyroom.session.practice;

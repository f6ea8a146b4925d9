/**
 * What a program decides about its learners' data, carried out on what scoring keeps: an
 * erased learner's answers, feedback, reviews and enrolment go, and answer text goes once
 * the program's retention period has passed.
 */
@NullMarked
package io.readyroom.scoring.learnerdata;

import org.jspecify.annotations.NullMarked;

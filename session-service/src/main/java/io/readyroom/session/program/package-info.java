/**
 * Program administration: a program's cohorts and terms, its learners' enrolments and
 * target roles. Every change is stored with the next revision and published as the whole
 * new state, and the program's membership data gives learners and coaches their cohorts.
 */
package io.readyroom.session.program;

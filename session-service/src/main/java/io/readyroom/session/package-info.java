/**
 * The session service: question bank, practice sessions, and the programs' own data
 * (cohorts, enrolments, target roles).
 */
package io.readyroom.session;

/**
 * The demo programs' membership in the program's own data: their cohorts, coaches and
 * enrolments, made sure of at every start through session-service's administration API.
 */
package io.readyroom.local.program;

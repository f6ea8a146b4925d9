/** Scoring a text for rubric authors, without storing or publishing anything. */
package io.readyroom.scoring.preview;

/** Re-scoring history when a question gets a new rubric version. */
package io.readyroom.scoring.rescore;

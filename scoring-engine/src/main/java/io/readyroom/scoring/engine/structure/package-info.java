/**
 * Beyond key points: STAR components of behavioral stories, the order of process steps,
 * specificity (named standards, systems, figures) and red flags that lower a score.
 */
package io.readyroom.scoring.engine.structure;

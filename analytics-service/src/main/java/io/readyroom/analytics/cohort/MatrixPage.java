package io.readyroom.analytics.cohort;

import java.util.List;

/** A page of a cohort's matrix, learners in id order. */
record MatrixPage(String cohortId, int page, int size, long learners, List<MatrixRow> rows) {

}

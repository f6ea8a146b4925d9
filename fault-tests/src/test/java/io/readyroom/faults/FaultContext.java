package io.readyroom.faults;

/**
 * What a fault acts on: the stack's processes, the broker, and a learner who is still
 * practising (whose partition a poison record shares).
 */
record FaultContext(FaultStack stack, KafkaProbe kafka, String practisingLearner) {
}

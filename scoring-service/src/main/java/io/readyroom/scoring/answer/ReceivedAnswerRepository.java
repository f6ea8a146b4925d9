package io.readyroom.scoring.answer;

import java.util.stream.Stream;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ReceivedAnswerRepository extends MongoRepository<ReceivedAnswer, String> {

	Stream<ReceivedAnswer> streamByQuestionId(String questionId);

}

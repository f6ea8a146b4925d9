package io.readyroom.session.answer;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SubmittedAnswerRepository extends MongoRepository<SubmittedAnswer, String> {

}

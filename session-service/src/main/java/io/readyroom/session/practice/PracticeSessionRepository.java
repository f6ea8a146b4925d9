package io.readyroom.session.practice;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PracticeSessionRepository extends MongoRepository<PracticeSession, String> {

}

package vn.cbcs.recruitment;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the nightly erasure of candidates' data ({@link CandidateErasure#nightly()}). */
@Configuration
@EnableScheduling
class RecruitmentScheduling {}

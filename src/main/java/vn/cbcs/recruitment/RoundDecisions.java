package vn.cbcs.recruitment;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cbcs.platform.Actor;

/** The recruitment decision recorded for a round (for the decision draft), if any. */
@Service
@Transactional(readOnly = true)
public class RoundDecisions {

  /** The decision as recorded (NĐ 170/2025/NĐ-CP Điều 19). */
  public record Decision(
      String number, LocalDate decidedOn, String issuer, String signer, LocalDate startOn) {}

  private final Rounds rounds;
  private final JdbcClient jdbc;

  RoundDecisions(Rounds rounds, JdbcClient jdbc) {
    this.rounds = rounds;
    this.jdbc = jdbc;
  }

  /** The decision of a round the actor may read (404, 403 as {@link Rounds#get}). */
  public Optional<Decision> of(long roundId, Actor actor) {
    rounds.get(roundId, actor);
    return jdbc.sql(
            "SELECT number, decided_on, issuer, signer, start_on FROM recruitment_decision"
                + " WHERE round_id = :r")
        .param("r", roundId)
        .query(
            (rs, i) ->
                new Decision(
                    rs.getString(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class)))
        .optional();
  }
}

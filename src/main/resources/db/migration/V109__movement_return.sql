-- Movements (issue 16): the return from a rotation or secondment whose period has ended. The
-- sending body decides (NĐ 170/2025/NĐ-CP Điều 26 khoản 2, Điều 50): the decision gives the person
-- back the post held before the movement (through the people module, never here); the movement
-- keeps the decision and the post it gave (return_assignment_id; for a secondment whose home post
-- never ended, that home post). The return is asked of a person (a work item), never automatic.
ALTER TABLE movement DROP CONSTRAINT movement_status_check;
ALTER TABLE movement ADD CONSTRAINT movement_status_check
    CHECK (status IN ('PLANNED', 'APPROVED', 'RETURNED'));
ALTER TABLE movement
    ADD COLUMN return_decision_number text,
    ADD COLUMN return_decision_date   date,
    ADD COLUMN return_decision_issuer text,
    ADD COLUMN return_decision_signer text,
    ADD COLUMN return_assignment_id   bigint,
    ADD COLUMN returned_by            varchar(64),
    ADD COLUMN returned_at            timestamptz,
    ADD CONSTRAINT movement_return_check
        CHECK (status <> 'RETURNED' OR (kind <> 'TRANSFER' AND return_decision_number IS NOT NULL
                                        AND return_decision_date IS NOT NULL
                                        AND return_assignment_id IS NOT NULL));

-- The audit log (V40) covers the record tables that existed before it; these are the writes of the
-- indicators, resolutions, self-service and security tables created in V14–V17. The members of a
-- locked reporting date (indicator_lock_member: thousands of rows per lock) are not logged one by
-- one: the lock itself and its values are, and the members are immutable once written.
SELECT audit_attach('indicator', 'code');
SELECT audit_attach('indicator_version', 'code,version');
SELECT audit_attach('indicator_lock', 'id');
SELECT audit_attach('indicator_lock_value', 'lock_id,code');
SELECT audit_attach('resolution', 'id');
SELECT audit_attach('resolution_target', 'id');
SELECT audit_attach('correction_request', 'id');
SELECT audit_attach('app_user_person', 'username');

-- Who may read an import (issue 11): the officer who sent it, and readers of imports (inspectors)
-- whose ground covers the ground of the sender when it was sent. NULL: sent with unrestricted
-- access (an administrator), readable by unrestricted readers only.
ALTER TABLE excel_import ADD COLUMN scope_units varchar(12)[];
UPDATE excel_import SET scope_units = ARRAY(
    SELECT s.unit_code FROM app_user_scope s WHERE s.username = excel_import.created_by)
 WHERE NOT EXISTS (SELECT 1 FROM app_user_role r
                    WHERE r.username = excel_import.created_by AND r.role = 'ADMIN');

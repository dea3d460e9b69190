-- SQL API of the units module for other modules' list and report queries: the units in force on
-- a date with their materialised path. A subtree is path >= p || '/' AND path < p || '0'.
CREATE FUNCTION units_in_force_on(as_of date)
    RETURNS TABLE (code varchar, path text, level varchar, type varchar, name text, full_name text,
                   parent_code varchar)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT u.code, u.path, u.level, u.type, u.name, u.full_name, u.parent_code
      FROM unit u
     WHERE (u.valid_from IS NULL OR u.valid_from <= as_of)
       AND (u.valid_to IS NULL OR u.valid_to >= as_of)
$$;

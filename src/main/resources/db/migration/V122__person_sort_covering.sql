-- Issue 18: a search with many matches (a short name among millions of records) is answered by
-- walking the people in name order and keeping the matches. With the search key and the creator
-- in the index (the creator is part of an officer's ground: people they created and posted
-- nowhere), the walk reads only the index (an index-only scan), not each person's row: at 2.5
-- million people, 'dang' went from 50 ms to 3 ms for the whole country (README, Benchmarks).
-- The id is a key column so that the list's order (given name, full name, id) is the index's.
DROP INDEX person_sort_idx;
CREATE INDEX person_sort_idx ON person ((given_name COLLATE vi), (full_name COLLATE vi), id)
    INCLUDE (search_key, created_by);

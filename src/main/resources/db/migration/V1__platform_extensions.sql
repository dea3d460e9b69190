-- Extensions and text helpers every module uses.
-- unaccent, pg_trgm and btree_gist are "trusted" extensions (PostgreSQL 13+): the owner of the
-- database can create them without being a superuser.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Vietnamese ordering (A < Ă < Â, D < Đ, O < Ô < Ơ, U < Ư) from ICU, with numbers compared as
-- numbers so that "Phường 2" comes before "Phường 10".
CREATE COLLATION IF NOT EXISTS vi (provider = icu, locale = 'vi-VN-u-kn-true');

-- unaccent() is only STABLE (its dictionary could change); this wrapper pins the dictionary so
-- that it can be used in generated columns and indexes.
CREATE OR REPLACE FUNCTION cbcs_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The key used to search names without diacritics: "Chợ Đồn" -> "cho don".
-- Unicode NFC first so that decomposed input (e + combining marks) matches precomposed text.
CREATE OR REPLACE FUNCTION cbcs_search_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(regexp_replace(cbcs_unaccent(normalize($1, NFC)), '\s+', ' ', 'g')) $$;
